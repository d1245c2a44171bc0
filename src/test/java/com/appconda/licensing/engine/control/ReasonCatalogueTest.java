package com.appconda.licensing.engine.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonCatalogueTest {

    @Test
    void everyCodeIsListedOnceWithItsMeaningAndWhatToDo() {
        List<String> codes = ReasonCatalogue.entries().stream()
                .map(ReasonCatalogue.Entry::code)
                .toList();

        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z][A-Za-z]+"));
        assertThat(ReasonCatalogue.entries())
                .allSatisfy(entry -> assertThat(List.of(entry.models(), entry.meaning(), entry.whatToDo()))
                        .as(entry.code())
                        .allMatch(text -> !text.isBlank()));
    }

    /** README's reason table is the catalogue: a code added here and not there fails, and so does a stale row. */
    @Test
    void readmeListsEveryCodeOfTheCatalogueAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("<!-- reason codes -->");
        int end = readme.indexOf("<!-- /reason codes -->");
        assertThat(start).as("README's reason table").isNotNegative().isLessThan(end);
        List<String> rows = readme.substring(start, end)
                .lines()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3)))
                .toList();

        assertThat(rows)
                .containsExactlyInAnyOrderElementsOf(ReasonCatalogue.entries().stream()
                        .map(ReasonCatalogue.Entry::code)
                        .toList());
    }
}
