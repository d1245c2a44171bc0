package com.appconda.licensing.it.console;

/** signup.xhtml: a new vendor account; success lands on the dashboard, signed in. */
final class SignUpPage {

    private final Browser browser;

    SignUpPage(Browser browser) {
        this.browser = browser;
        browser.go("signup.xhtml");
    }

    void fill(String company, String username, String password) {
        browser.type("signUpForm:vendorName", company);
        browser.type("signUpForm:email", username + "@example.com");
        browser.type("signUpForm:username", username);
        browser.type("signUpForm:password", password);
    }

    void submit() {
        browser.submit("signUpForm:signUp");
    }
}
