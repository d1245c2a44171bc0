package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Writes a list as CSV while reading it page by page from its facade, so an export of a long list holds one page
 * in memory, never the list. Exports read oldest first: what is added meanwhile lands after the last page read
 * instead of shifting the pages still to come.
 */
public final class PagedCsv {

    /** Rows per facade call: the most a list answers. */
    public static final int PAGE = PageRequest.MAX_SIZE;

    private PagedCsv() {}

    public static <T> void write(
            OutputStream out, String header, Function<PageRequest, Page<T>> pages, Function<T, String> line)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(header);
        for (int number = 0; ; number++) {
            Page<T> page = pages.apply(new PageRequest(number, PAGE, "createdAt", false));
            for (T row : page.items()) {
                writer.write(line.apply(row));
            }
            if (!page.hasNext()) {
                break;
            }
        }
        writer.flush();
    }
}
