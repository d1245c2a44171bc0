package com.appconda.licensing.it.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** console/report/list.xhtml: the usage reports and the report job's runs. */
final class ReportsPage {

    private final Browser browser;

    ReportsPage(Browser browser) {
        this.browser = browser;
        browser.go("console/report/list.xhtml");
        browser.visible("runsForm:runs");
    }

    /** Whether each chart is drawn: a canvas that Chart.js has sized, with its accessible name. */
    boolean chartDrawn(String id) {
        return Boolean.TRUE.equals(browser.script("const c = document.querySelector('[id=\"" + id + "\"] canvas');"
                + " return !!c && c.width > 0 && c.height > 0"
                + " && !!(c.getAttribute('aria-label') || document.getElementById('" + id
                + "').getAttribute('aria-label'));"));
    }

    String total(String id) {
        return browser.text(id);
    }

    /** Enters the range of the reports (yyyy-MM-dd) and shows them. */
    void show(String from, String to) {
        // Set, not typed: the date picker keeps its text through a WebDriver clear().
        browser.script("document.getElementById('filters:from_input').value = '" + from + "';"
                + " document.getElementById('filters:to_input').value = '" + to + "';");
        browser.scrollTo("filters:apply");
        browser.click("filters:apply");
    }

    /**
     * Starts a run for the days shown in the run form and follows its row, the newest, until it has ended; answers
     * the progress values seen on the way, the last one at the end.
     */
    List<Integer> runAndWatch() {
        browser.click("runForm:startRun");
        List<Integer> seen = new ArrayList<>();
        browser.waitUntil("(function () {"
                + " const bar = document.querySelector('[id=\"runsForm:runs:0:progress\"]');"
                + " const status = document.querySelector('[id=\"runsForm:runs:0:status\"]');"
                + " const label = bar && bar.querySelector('.ui-progressbar-label');"
                + " if (label) { (window.progressSeen = window.progressSeen || []).push(label.textContent.replace('%', '').trim()); }"
                + " return !!status && status.textContent.trim() !== 'started' && status.textContent.trim() !== 'starting';"
                + " })()");
        Object values = browser.script("return window.progressSeen || [];");
        for (Object value : (List<?>) values) {
            if (value != null && !Objects.toString(value).isEmpty()) {
                seen.add(Integer.valueOf(Objects.toString(value)));
            }
        }
        seen.add(progress(0));
        return seen;
    }

    /** The percentage the bar's label shows (PrimeFaces' bar has no aria value of its own). */
    int progress(int row) {
        String label = browser.element("runsForm:runs:" + row + ":progress")
                .findElement(org.openqa.selenium.By.cssSelector(".ui-progressbar-label"))
                .getAttribute("textContent");
        return Integer.parseInt(label.replace("%", "").trim());
    }

    /** Names the weekly e-mail's recipient, switches it on and saves. */
    void switchOnWeeklyMail(String recipient) {
        browser.scrollTo("mailForm:recipient");
        browser.type("mailForm:recipient", recipient);
        browser.script("document.querySelector('[id=\"mailForm:enabled\"] .ui-chkbox-box').click();");
        browser.click("mailForm:saveMail");
    }

    void sendWeeklyMailNow() {
        browser.click("mailForm:sendMail");
    }

    String status(int row) {
        return browser.text("runsForm:runs:" + row + ":status");
    }
}
