package com.appconda.licensing.it.console;

/** console/module/list.xhtml?product=…: modules of one product. */
final class ModulesPage {

    private final Browser browser;

    ModulesPage(Browser browser, String product) {
        this.browser = browser;
        browser.go("console/module/list.xhtml?product=" + product);
    }

    /** Opens the dialog and picks the model; its parameters appear as fields. */
    void startCreate(String number, String name, String licensingModel) {
        browser.click("modulesForm:newModule");
        browser.visible("moduleForm:name");
        browser.type("moduleForm:number", number);
        browser.type("moduleForm:name", name);
        browser.choose("moduleForm:licensingModel", licensingModel);
    }

    /** Types the value of a model parameter into the field labelled with its name. */
    void parameter(String name, String value) {
        browser.typeLabelled(name, value);
    }

    void save() {
        browser.click("moduleForm:save");
    }
}
