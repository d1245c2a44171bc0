package com.appconda.licensing.it.console;

/** console/template/list.xhtml?module=…: templates of one module. */
final class TemplatesPage {

    private final Browser browser;

    TemplatesPage(Browser browser, String module) {
        this.browser = browser;
        browser.go("console/template/list.xhtml?module=" + module);
    }

    void startCreate(String number, String name, String licenseTypeLabel, String price) {
        browser.click("templatesForm:newTemplate");
        browser.visible("templateForm:name");
        browser.type("templateForm:number", number);
        browser.type("templateForm:name", name);
        browser.choose("templateForm:licenseType", licenseTypeLabel);
        browser.type("templateForm:price", price);
    }

    void timeVolume(String days) {
        browser.type("templateForm:timeVolume", days);
    }

    void seats(String seats) {
        browser.type("templateForm:maxSessions", seats);
    }

    void save() {
        browser.click("templateForm:save");
    }
}
