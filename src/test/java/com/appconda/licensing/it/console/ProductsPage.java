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

    void save() {
        browser.click("productForm:save");
    }
}
