package com.appconda.licensing.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.util.function.Consumer;

/**
 * One browser journey: a fresh browser, the steps, and at the end the proof that no page of the journey broke its
 * content security policy (a script, style, image or connection the policy refused). A failing step leaves a
 * screenshot of what the browser showed.
 */
final class Journey {

    private Journey() {}

    static void walk(URL base, String journey, Consumer<Browser> steps) {
        assumeTrue(
                Browser.requireInstalled(),
                "no Chromium here: install Debian's chromium and chromium-driver to run"
                        + " the browser journeys (.ci/run does)");
        try (Browser browser = Browser.open(base, journey)) {
            try {
                steps.accept(browser);
                assertThat(browser.cspViolations())
                        .as("content security policy violations in the journey " + journey)
                        .isEmpty();
            } catch (RuntimeException | AssertionError failed) {
                browser.screenshot("failed");
                throw failed;
            }
        }
    }
}
