package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The lazy table asks the facade for exactly one page, sorted and filtered as the table says. */
class FacadePagesTest {

    private record Row(String number) {}

    private final List<PageRequest> requests = new ArrayList<>();
    private final List<Map<String, String>> filters = new ArrayList<>();
    private final FacadePages<Row> pages = new FacadePages<>(this::load, Row::number);

    private Page<Row> load(Map<String, String> filter, PageRequest request) {
        requests.add(request);
        filters.add(filter);
        List<Row> rows = IntStream.range(request.firstResult(), Math.min(request.firstResult() + request.size(), 95))
                .mapToObj(i -> new Row("L-" + i))
                .toList();
        return new Page<>(rows, request.page(), request.size(), 95);
    }

    @Test
    void loadsThePageTheTableShowsWithItsSortAndFilters() {
        List<Row> rows = pages.load(
                40,
                20,
                Map.of(
                        "name",
                        SortMeta.builder()
                                .field("name")
                                .order(SortOrder.DESCENDING)
                                .build()),
                Map.of(
                        "name",
                        FilterMeta.builder()
                                .field("name")
                                .filterValue("  Darkroom ")
                                .build(),
                        "productNumber",
                        FilterMeta.builder()
                                .field("productNumber")
                                .filterValue(" ")
                                .build()));

        assertThat(requests).containsExactly(new PageRequest(2, 20, "name", true));
        assertThat(filters).containsExactly(Map.of("name", "Darkroom"));
        assertThat(rows).extracting(Row::number).first().isEqualTo("L-40");
        assertThat(pages.getRowCount()).isEqualTo(95);
    }

    @Test
    void unsortedTablesUseTheFacadesDefaultOrder() {
        pages.load(
                0,
                20,
                Map.of(
                        "name",
                        SortMeta.builder()
                                .field("name")
                                .order(SortOrder.UNSORTED)
                                .build()),
                Map.of());

        assertThat(requests).containsExactly(new PageRequest(0, 20, "number", false));
    }

    @Test
    void countAsksForTheTotalOnly() {
        assertThat(pages.count(Map.of())).isEqualTo(95);
        assertThat(requests).singleElement().extracting(PageRequest::size).isEqualTo(1);
    }

    @Test
    void rowsAreFoundByTheirNumberOnTheLoadedPage() {
        pages.setWrappedData(pages.load(0, 10, Map.of(), Map.of()));

        assertThat(pages.getRowKey(new Row("L-3"))).isEqualTo("L-3");
        assertThat(pages.getRowData("L-3")).isEqualTo(new Row("L-3"));
        assertThat(pages.getRowData("L-99")).isNull();
    }

    @Test
    void aPageSizeAboveTheFacadesLimitIsCapped() {
        pages.load(0, 10_000, Map.of(), Map.of());

        assertThat(requests).singleElement().extracting(PageRequest::size).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void anEmptyTableSaysWhetherThereIsNothingYetOrNothingMatchesWhatWasTyped() {
        pages.load(0, 20, Map.of(), Map.of());
        assertThat(pages.emptyMessage("No licensees yet.", "licensees")).isEqualTo("No licensees yet.");

        pages.load(
                0,
                20,
                Map.of(),
                Map.of(
                        "number",
                        FilterMeta.builder()
                                .field("number")
                                .filterValue(" cust-0015")
                                .build()));
        assertThat(pages.emptyMessage("No licensees yet.", "licensees")).isEqualTo("No licensees match “cust-0015”.");

        pages.count(Map.of());
        assertThat(pages.emptyMessage("No licensees yet.", "licensees"))
                .as("the filters cleared again")
                .isEqualTo("No licensees yet.");
    }
}
