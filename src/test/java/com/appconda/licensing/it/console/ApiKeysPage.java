package com.appconda.licensing.it.console;

/** console/apikey/list.xhtml. */
final class ApiKeysPage {

    private final Browser browser;

    ApiKeysPage(Browser browser) {
        this.browser = browser;
        browser.go("console/apikey/list.xhtml");
    }

    /** Creates a key and answers its secret, which the dialog shows this once. */
    String create(String roleLabel, String description) {
        browser.click("apiKeysForm:newApiKey");
        browser.visible("apiKeyForm:description");
        browser.choose("apiKeyForm:role", roleLabel);
        browser.type("apiKeyForm:description", description);
        browser.click("apiKeyForm:create");
        return browser.text("newSecret");
    }

    /** Closes the dialog, which reloads the list without the secret. */
    void done() {
        browser.click("apiKeyForm:done");
        browser.visible("apiKeysForm:apiKeys");
    }

    void revoke(int row) {
        browser.click("apiKeysForm:apiKeys:" + row + ":revoke");
        browser.confirm();
    }

    String state(int row) {
        return browser.text("apiKeysForm:apiKeys:" + row + ":state");
    }
}
