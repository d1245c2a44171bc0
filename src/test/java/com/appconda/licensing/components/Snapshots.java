package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.fuzz.Answers;
import com.appconda.licensing.fuzz.Counts;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every row of every application table of a component database, as text: equal snapshots, equal data; and the
 * check of one hostile request that the fuzz suites share.
 */
final class Snapshots {

    private final EntityManager em;
    private final List<String> tables;

    @SuppressWarnings("unchecked")
    Snapshots(EntityManager em) {
        this.em = em;
        this.tables = ((List<Object>) em.createNativeQuery("select table_name from information_schema.tables"
                                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'"
                                + " and table_name <> 'flyway_schema_history' order by table_name")
                        .getResultList())
                .stream().map(String::valueOf).toList();
        if (tables.isEmpty()) {
            throw new IllegalStateException("no application tables found to snapshot");
        }
    }

    @SuppressWarnings("unchecked")
    String all() {
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            List<Object> rows = em.createNativeQuery("select * from \"" + table + "\" order by 1")
                    .getResultList();
            all.append(table)
                    .append('\n')
                    .append(rows.stream()
                            .map(row -> row instanceof Object[] columns
                                    ? Arrays.deepToString(columns)
                                    : String.valueOf(row))
                            .collect(Collectors.joining("\n")))
                    .append('\n');
        }
        return all.toString();
    }

    /**
     * Runs one hostile request ({@code answer} gives "status text"), records it in {@code counts} under {@code
     * target} and {@code kind}, and asserts what every hostile request must meet: refused with a 4xx, no leak in
     * its text, every table as it was. Answers the text for further checks.
     */
    String refusedWithoutAChange(Counts counts, String target, String kind, Object hostile, Supplier<String> answer) {
        String before = all();
        String text = answer.get();
        List<String> leaks = Answers.leaks(text);
        String after = all();
        counts.record(target, kind, Integer.parseInt(text.substring(0, 3)), !leaks.isEmpty(), !after.equals(before));

        assertThat(text).as("%s", hostile).startsWith("4");
        assertThat(leaks).as("%s answered %s", hostile, text).isEmpty();
        assertThat(after).as("the tables after %s", hostile).isEqualTo(before);
        return text;
    }
}
