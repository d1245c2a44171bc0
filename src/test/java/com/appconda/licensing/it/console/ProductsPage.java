package com.appconda.licensing.it.console;

/** console/product/list.xhtml. */
final class ProductsPage {

    private final Browser browser;

    ProductsPage(Browser browser) {
        this.browser = browser;
        browser.go("console/product/list.xhtml");
    }

    void startCreate(String number, String name) {
        browser.click("productsForm:newProduct");
        browser.visible("productForm:name");
        browser.type("productForm:number", number);
        browser.type("productForm:name", name);
    }

    /** Opens the edit dialog of the product in that row of the table. */
    void startEdit(int row) {
        browser.click("productsForm:products:" + row + ":edit");
        browser.visible("productForm:name");
    }

    void cancel() {
        browser.click("productForm:cancel");
    }

    String dialogTitle() {
        return browser.text("productDialog_title");
    }

    void save() {
        browser.click("productForm:save");
    }
}
