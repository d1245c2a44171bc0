package com.appconda.licensing.platform.entity;

import java.util.Map;

/** Which slice of a list the caller wants: zero-based page, page size and sort key. */
public record PageRequest(int page, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** Parses {@code "name"} or {@code "-name"} (descending); null sorts by number. */
    public static PageRequest of(int page, int size, String sort) {
        if (sort == null || sort.isBlank()) {
            return new PageRequest(page, size, "number", false);
        }
        boolean descending = sort.startsWith("-");
        return new PageRequest(page, size, descending ? sort.substring(1) : sort, descending);
    }

    public int firstResult() {
        return page * size;
    }

    /**
     * Whether the page lies beyond any list a database query can page to (the JPA offset and
     * offset + size are ints): such a page is empty, and asking for it is not an error.
     */
    public boolean isBeyondReach() {
        return (long) page * size + size > Integer.MAX_VALUE;
    }

    /** Checks the sort key against the ones a list allows, so no caller text reaches a query. */
    public String sortPath(Map<String, String> allowed) {
        String path = allowed.get(sort);
        if (path == null) {
            throw new InvalidInputException("sort", "must be one of " + String.join(", ", allowed.keySet()));
        }
        return path;
    }
}
