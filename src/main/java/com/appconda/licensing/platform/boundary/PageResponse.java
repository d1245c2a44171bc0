package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.Page;
import java.util.List;

/** One page of a list as the API returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages, boolean hasNext) {

    public static <T> PageResponse<T> from(Page<T> page) {
        return new PageResponse<>(
                page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(), page.hasNext());
    }
}
