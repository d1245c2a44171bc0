package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table over a facade's paging query: the table asks for one page, sorted and filtered
 * by the database, so a list of 100,000 licensees costs one page of rows. Rows are keyed by their business
 * number. Column {@code field}s must be the sort and filter keys the facade's list accepts.
 */
public class FacadePages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the list, with the table's column filters as text by field. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> load(Map<String, String> filters, PageRequest request);
    }

    /** The business number of a row. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;
    private Map<String, String> lastFilters = Map.of();

    public FacadePages(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        lastFilters = filters(filterBy);
        return (int) Math.min(
                Integer.MAX_VALUE,
                source.load(lastFilters, PageRequest.of(0, 1, null)).totalItems());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        lastFilters = filters(filterBy);
        Page<T> page = source.load(lastFilters, PageRequest.of(first / size, size, sort(sortBy)));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.totalItems()));
        return page.items();
    }

    /**
     * What the empty table says: that there is nothing yet, or, when column filters are set, that nothing matches
     * what was typed, so that a filtered empty table never reads as if the data were gone.
     */
    public String emptyMessage(String nothingYet, String rowsName) {
        if (lastFilters.isEmpty()) {
            return nothingYet;
        }
        return "No " + rowsName + " match "
                + lastFilters.values().stream().map(value -> "“" + value + "”").collect(Collectors.joining(" and "))
                + ".";
    }

    /** The column filters of the page last shown, for an export of exactly what the table lists. */
    public Map<String, String> currentFilters() {
        return Map.copyOf(lastFilters);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(row -> Objects.equals(key.of(row), rowKey))
                        .findFirst()
                        .orElse(null);
    }

    private static String sort(Map<String, SortMeta> sortBy) {
        return sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                        .findFirst()
                        .map(meta -> (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField())
                        .orElse(null);
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filterBy != null) {
            filterBy.values().forEach(meta -> {
                Object value = meta.getFilterValue();
                if (value != null && !value.toString().isBlank()) {
                    filters.put(meta.getField(), value.toString().strip());
                }
            });
        }
        return filters;
    }
}
