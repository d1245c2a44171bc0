package com.appconda.licensing.payment.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A console download of CSV that is written to the browser while it is read, not built in memory first. */
final class PaymentDownloads {

    /** What writes the file. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private PaymentDownloads() {}

    static StreamedContent csv(String fileName, Body body) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        body.writeTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }
}
