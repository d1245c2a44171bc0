package com.appconda.licensing.platform.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what the caller needs to page on. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    public boolean hasNext() {
        return ((long) page + 1) * size < totalItems;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
