package com.appconda.licensing.it.console;

/** login.xhtml: the console's form login. */
final class LoginPage {

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        browser.go("login.xhtml");
        return new LoginPage(browser);
    }

    void logIn(String username, String password) {
        browser.type("loginForm:username", username);
        browser.type("loginForm:password", password);
        browser.submit("loginForm:login");
    }

    /** Logs out with the top bar's button, from any console page. */
    static void logOut(Browser browser) {
        browser.submit("sessionForm:logout");
    }
}
