package com.appconda.licensing.platform.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Conditions on a list, built by the boundary from query parameters. Paths are written by our code
 * (never taken from the request); values travel as query parameters. Absent values add no condition.
 */
public final class ListFilter {

    /** One condition: the JPQL path below the entity alias, the operator and the value. */
    public record Condition(String path, Operator operator, Object value) {}

    public enum Operator {
        EQUALS,
        CONTAINS_IGNORE_CASE,
        STARTS_WITH_IGNORE_CASE
    }

    private final List<Condition> conditions = new ArrayList<>();

    public static ListFilter create() {
        return new ListFilter();
    }

    public ListFilter equalTo(String path, Object value) {
        if (value != null) {
            conditions.add(new Condition(path, Operator.EQUALS, value));
        }
        return this;
    }

    public ListFilter contains(String path, String value) {
        return ignoringCase(path, Operator.CONTAINS_IGNORE_CASE, value);
    }

    /** Numbers as people type them: the start of it, in any case ({@code cust-00} finds {@code CUST-0015}). */
    public ListFilter startsWith(String path, String value) {
        return ignoringCase(path, Operator.STARTS_WITH_IGNORE_CASE, value);
    }

    private ListFilter ignoringCase(String path, Operator operator, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(new Condition(path, operator, value.toLowerCase(Locale.ROOT)));
        }
        return this;
    }

    public List<Condition> conditions() {
        return List.copyOf(conditions);
    }
}
