package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.it.console.ConsoleSession;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security headers on a sample of every kind of answer the application gives: console and public pages,
 * the login page shown in place of a console page, API answers and problems, static and Faces resources, the
 * not-found page and the API reference. All of it over plain HTTP, where no answer may claim HTTPS, and none
 * naming the server's product or version.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
    /** A product, a specification or a version number: what a banner header must not tell. */
    private static final Pattern BANNER = Pattern.compile(
            "(?i).*(payara|glassfish|grizzly|wildfly|undertow|jboss|servlet|jsp|jsf|faces|mojarra|java|\\d).*");

    private static final Pattern INLINE_HANDLER =
            Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static Api vendor;
    private static ConsoleSession console;

    @BeforeEach
    void signUpOnce() throws Exception {
        if (vendor == null) {
            vendor = Api.signUpVendor(base, "Headers");
            console = ConsoleSession.logIn(base, vendor.username(), Api.PASSWORD);
        }
    }

    @Test
    void consolePagesRunOnlyScriptsOfThisServerOrWithTheirNonce() {
        for (String page : List.of("console/index.xhtml", "console/product/list.xhtml", "console/apikey/list.xhtml")) {
            Reply reply = console.fetch(page).expect(200);

            assertThat(reply.body()).as(reply.request()).contains("sessionForm:logout");
            assertPageHeaders(reply);
        }
    }

    @Test
    void publicPagesAndTheLoginShownInPlaceOfAConsolePageHaveTheSamePolicy() {
        Api anonymous = Api.anonymous(base);
        for (String page : List.of("login.xhtml", "signup.xhtml", "console/settings/profile.xhtml")) {
            Reply reply = anonymous.getAbsolute(at(page)).expect(200);

            assertThat(reply.body()).as(reply.request()).containsAnyOf("loginForm:username", "signUpForm:username");
            assertPageHeaders(reply);
        }
    }

    @Test
    void theNotFoundPageOfAnyPathHasThePagePolicy() {
        Api anonymous = Api.anonymous(base);
        List<Reply> replies = List.of(
                anonymous.getAbsolute(at("no-such-page")),
                anonymous.getAbsolute(at("no-such-view.xhtml")),
                console.fetch("console/no-such-page.xhtml"));

        for (Reply reply : replies) {
            reply.expect(404);
            assertThat(reply.body()).as(reply.request()).contains("Page not found");
            assertPageHeaders(reply);
        }
    }

    @Test
    void apiAnswersAndProblemsMayLoadNothing() {
        Api anonymous = Api.anonymous(base);
        List<Reply> replies = List.of(
                anonymous.get("ping").expect(200),
                vendor.get("products").expect(200),
                anonymous.get("products").expect(401),
                vendor.get("products/NO-SUCH-PRODUCT").expect(404),
                vendor.send("POST", "products", "{\"name\":").expect(400),
                anonymous.get("no/such/resource").expect(404));

        for (Reply reply : replies) {
            assertCommonHeaders(reply);
            assertThat(reply.headers().allValues("Content-Security-Policy"))
                    .as(reply.describe())
                    .containsExactly(API_POLICY);
        }
    }

    @Test
    void staticAndFacesResourcesAreNeverSniffed() {
        Api anonymous = Api.anonymous(base);
        for (String path : List.of(
                "index.html",
                "resources/console/console.js",
                "jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces",
                "jakarta.faces.resource/console/console.css.xhtml",
                "webjars/swagger-ui/" + swaggerUiVersion() + "/swagger-ui.css")) {
            Reply reply = anonymous.getAbsolute(at(path)).expect(200);

            assertCommonHeaders(reply);
            assertThat(policyOf(reply)).as(reply.describe()).doesNotContain("'nonce-");
        }
    }

    @Test
    void theApiReferenceRunsOnlyItsOwnScriptFiles() {
        Reply reply = Api.anonymous(base).getAbsolute(at("openapi-ui/")).expect(200);

        assertCommonHeaders(reply);
        String policy = policyOf(reply);
        assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
                .doesNotContain("'nonce-");
        assertThat(SCRIPT_TAG.matcher(reply.body()).find())
                .as("scripts on the page")
                .isTrue();
        assertThat(reply.body())
                .as("every script of the page is a file")
                .doesNotContainPattern(INLINE_SCRIPT)
                .doesNotContainPattern(INLINE_HANDLER);
    }

    @Test
    void overPlainHttpTheSessionCookieIsNotMarkedSecure() {
        assertThat(console.sessionCookie()).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(console.sessionCookie())
                .doesNotContainIgnoringCase("Secure;")
                .doesNotEndWithIgnoringCase("Secure");
    }

    /**
     * A request the container considers secure: the test server takes X-Forwarded-Proto as a TLS-terminating proxy
     * sends it (the pre-boot file's scheme-mapping, as the README tells operators behind such a proxy), so the
     * servlet container's own {@code isSecure()} is true, as it is on a TLS connection.
     */
    @Test
    void overTlsTheSessionCookieIsSecureAndBrowsersAreToldToStayOnHttps() {
        Api anonymous = Api.anonymous(base);
        Reply login = anonymous
                .getAbsolute(at("login.xhtml"), "X-Forwarded-Proto", "https")
                .expect(200);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + login.describe()));

        assertThat(cookie)
                .containsIgnoringCase("; Secure")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        List<Reply> replies = List.of(
                login,
                anonymous.sendWithHeader("GET", "ping", null, "X-Forwarded-Proto", "https"),
                anonymous.getAbsolute(at("resources/console/console.js"), "X-Forwarded-Proto", "https"),
                anonymous.getAbsolute(at("no-such-page"), "X-Forwarded-Proto", "https"));
        for (Reply reply : replies) {
            assertThat(reply.headers().allValues("Strict-Transport-Security"))
                    .as(reply.describe())
                    .containsExactly("max-age=31536000");
        }
    }

    @Test
    void theServersOwnEndpointsNameNoProductEither() {
        Api anonymous = Api.anonymous(base);
        for (String path : List.of("openapi", "health/ready", "no-such-application/")) {
            assertNoBanner(anonymous.getAbsolute(anonymous.serverRoot().resolve(path)));
        }
    }

    /** A Faces page: one policy whose nonce every script of the page carries, and no inline event handler. */
    private static void assertPageHeaders(Reply reply) {
        assertCommonHeaders(reply);
        String policy = policyOf(reply);
        assertThat(policy)
                .as(reply.describe())
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as("a nonce in %s", policy).isTrue();
        List<String> scripts =
                SCRIPT_TAG.matcher(reply.body()).results().map(r -> r.group()).toList();
        assertThat(scripts)
                .as("scripts of %s", reply.request())
                .isNotEmpty()
                .allMatch(tag -> tag.contains("nonce=\"" + nonce.group(1) + "\""));
        assertThat(reply.body()).as(reply.request()).doesNotContainPattern(INLINE_HANDLER);
    }

    /** What every answer carries: one policy without inline scripts that forbids framing, and the plain headers. */
    private static void assertCommonHeaders(Reply reply) {
        assertThat(reply.headers().allValues("Content-Security-Policy"))
                .as("one policy: %s", reply.describe())
                .hasSize(1);
        String scripts = directive(policyOf(reply), "script-src");
        assertThat(scripts == null ? directive(policyOf(reply), "default-src") : scripts)
                .as(reply.describe())
                .doesNotContain("'unsafe-inline'", "'unsafe-eval'");
        assertThat(directive(policyOf(reply), "frame-ancestors")).isEqualTo("'none'");
        assertThat(reply.headers().allValues("X-Frame-Options"))
                .as(reply.describe())
                .containsExactly("DENY");
        assertThat(reply.headers().allValues("X-Content-Type-Options"))
                .as(reply.describe())
                .containsExactly("nosniff");
        assertThat(reply.headers().allValues("Referrer-Policy"))
                .as(reply.describe())
                .containsExactly("same-origin");
        assertThat(reply.header("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP: %s", reply.describe())
                .isNull();
        assertNoBanner(reply);
    }

    private static void assertNoBanner(Reply reply) {
        for (String banner : List.of("Server", "X-Powered-By")) {
            assertThat(reply.headers().allValues(banner))
                    .as("%s of %s", banner, reply.describe())
                    .noneMatch(value -> BANNER.matcher(value).matches());
        }
    }

    private static String policyOf(Reply reply) {
        return reply.header("Content-Security-Policy");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String[] parts = directive.trim().split(" ", 2);
            if (parts[0].equals(name)) {
                return parts.length > 1 ? parts[1] : "";
            }
        }
        return null;
    }

    private URI at(String path) {
        try {
            return base.toURI().resolve(path);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private String swaggerUiVersion() {
        Matcher version = Pattern.compile("webjars/swagger-ui/([^/]+)/")
                .matcher(Api.anonymous(base).getAbsolute(at("openapi-ui/")).body());
        assertThat(version.find())
                .as("the swagger-ui version named by the API reference page")
                .isTrue();
        return version.group(1);
    }
}
