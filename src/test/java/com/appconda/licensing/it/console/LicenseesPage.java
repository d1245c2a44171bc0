package com.appconda.licensing.it.console;

import java.util.List;

/** console/licensee/list.xhtml. */
final class LicenseesPage {

    private final Browser browser;

    LicenseesPage(Browser browser) {
        this.browser = browser;
        browser.go("console/licensee/list.xhtml");
    }

    void startCreate(String productLabel, String number, String name) {
        browser.click("licenseesForm:newLicensee");
        browser.visible("licenseeForm:number");
        browser.choose("licenseeForm:productNumber", productLabel);
        browser.type("licenseeForm:number", number);
        browser.type("licenseeForm:name", name);
    }

    void save() {
        browser.click("licenseeForm:save");
    }

    /** Types into the Number column's filter and waits until the table shows the text expected. */
    void filterByNumber(String typed, String expected) {
        browser.type("licenseesForm:licensees:number:filter", typed);
        browser.waitForText("licenseesForm:licensees", expected);
    }

    List<String> rows() {
        return browser.rows("licenseesForm:licensees");
    }

    /** Follows the dialog's link to the licensee just created. */
    LicenseePage openCreated() {
        browser.click("licenseeForm:openCreated");
        return new LicenseePage(browser);
    }
}
