package com.appconda.licensing.broker.boundary;

import java.util.Objects;

/**
 * An answer as sent: its body, and the detached signature header's value when the format signs that way
 * ({@code null} for a format that carries its signature inside the body).
 */
public record RenderedAnswer(String body, String signature) {

    public RenderedAnswer {
        Objects.requireNonNull(body, "body");
    }
}
