package com.appconda.licensing.it.console;

import java.util.List;

/** console/licensee/view.xhtml?number=…: one licensee, "validate now", its licenses and sessions. */
final class LicenseePage {

    private final Browser browser;

    LicenseePage(Browser browser) {
        this.browser = browser;
    }

    static LicenseePage open(Browser browser, String number) {
        browser.go("console/licensee/view.xhtml?number=" + number);
        return new LicenseePage(browser);
    }

    void issue(String... templateLabels) {
        for (String label : templateLabels) {
            browser.tick(label);
        }
        browser.click("issueForm:issue");
    }

    List<String> licenses() {
        return browser.rows("licensesForm:licenses");
    }

    /** Runs "Validate now" and answers the overall verdict as shown ("Valid" or "Not valid"). */
    String validateNow() {
        browser.click("validateForm:validateNow");
        return browser.text("validateForm:overall");
    }

    List<String> moduleResults() {
        return browser.rows("validateForm:moduleResults");
    }

    List<String> sessions() {
        return browser.rows("sessionsForm:sessions");
    }

    /** Releases the floating session in that row of the sessions table, confirming the question. */
    void release(int row) {
        browser.click("sessionsForm:sessions:" + row + ":release");
        browser.confirm();
    }

    /** Deactivates the license in that row of the licenses table, confirming the question. */
    void deactivate(int row) {
        browser.click("licensesForm:licenses:" + row + ":deactivate");
        browser.confirm();
    }
}
