package com.appconda.licensing.it.console;

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

    /** Follows the dialog's link to the licensee just created. */
    LicenseePage openCreated() {
        browser.click("licenseeForm:openCreated");
        return new LicenseePage(browser);
    }
}
