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

    /** Opens "Edit licensee", types the name and the custom properties (one name=value per line), saves. */
    void edit(String name, String properties) {
        browser.click("licenseeHeader:editLicensee");
        browser.type("licenseeForm:name", name);
        typeProperties(properties);
        save();
    }

    void typeProperties(String properties) {
        browser.type("licenseeForm:properties", properties);
    }

    void save() {
        browser.click("licenseeForm:save");
    }

    /** Ticks the selection box of every license row. */
    void selectAllLicenses() {
        browser.script("document.querySelectorAll(\"[id='licensesForm:licenses'] tbody .ui-selection-column"
                + " .ui-chkbox-box\").forEach(box => box.click());");
        browser.waitUntil("document.querySelectorAll(\"[id='licensesForm:licenses'] tbody tr[aria-selected=true]\")"
                + ".length === " + licenses().size());
    }

    void deactivateSelected() {
        browser.click("licensesForm:deactivateSelected");
        browser.confirm();
    }

    /** Deactivates the license in that row of the licenses table, confirming the question. */
    void deactivate(int row) {
        browser.click("licensesForm:licenses:" + row + ":deactivate");
        browser.confirm();
    }
}
