package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rate limits over HTTP: 429 problems with {@code Retry-After} and the draft-10 {@code RateLimit} fields, per
 * API key on the Broker and on the rest of the API, and the login limits (rule L1). The test deployment sets the
 * per-key limits to {@value #KEY_QUOTA} an hour (a token back every 18 s, so that a slow server cannot refill one while a test counts them down) and the per-address login limit to 200 per hour (pom.xml,
 * failsafe): each key is the test's own, and every test that counts per address sends from a loopback address of
 * its own ({@link LoopbackClient}), so the other test classes, all at 127.0.0.1, keep their quotas.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    static final int KEY_QUOTA = 200;
    private static final int LOGIN_ADDRESS_QUOTA = 200;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void brokerKeyOverItsLimitGets429WhileAnotherKeyOfTheVendorGoesOn() {
        Api vendor = Api.signUpVendor(base, "limits");
        String product = Seed.product(vendor, Api.unique("P")).getString("number");
        String customer = Seed.licensee(vendor, product, Api.unique("C")).getString("number");
        Broker first = new Broker(vendor.withBearer(key(vendor, "BROKER")), product);
        Broker second = new Broker(vendor.withBearer(key(vendor, "BROKER")), product);

        for (int call = 1; call <= KEY_QUOTA; call++) {
            Reply reply = first.validate(customer).expect(200);
            assertThat(reply.header("RateLimit"))
                    .as(reply.describe())
                    .contains("\"broker-key\";r=" + (KEY_QUOTA - call));
            assertThat(reply.header("RateLimit-Policy"))
                    .as(reply.describe())
                    .contains("\"broker-key\";q=" + KEY_QUOTA + ";w=3600")
                    .contains("\"broker-address\";q=");
        }
        Reply refused = first.validate(customer);

        assertTooManyRequests(refused, "broker-key");
        assertThat(refused.header("RateLimit-Policy")).contains("\"broker-key\";q=" + KEY_QUOTA + ";w=3600");
        assertThat(second.validate(customer).expect(200).header("RateLimit"))
                .contains("\"broker-key\";r=" + (KEY_QUOTA - 1));
    }

    @Test
    void restOfTheApiHasItsOwnKeyLimitAndUsersNone() {
        Api vendor = Api.signUpVendor(base, "api-limits");
        Api readOnly = vendor.withBearer(key(vendor, "READ_ONLY"));

        for (int call = 1; call <= KEY_QUOTA; call++) {
            readOnly.get("products").expect(200);
        }

        assertTooManyRequests(readOnly.get("products"), "api-key");
        for (int call = 0; call <= KEY_QUOTA; call++) {
            assertThat(vendor.get("products").expect(200).header("RateLimit")).doesNotContain("api-key");
        }
    }

    @Test
    void wrongPasswordsForAUserHoldBackNewClientsButNotTheUsersKnownDevice() {
        Api victim = Api.signUpVendor(base, "victim");
        LoopbackClient home = LoopbackClient.at("127.0.0.21", base);
        LoopbackClient attacker = LoopbackClient.at("127.0.0.22", base);
        Reply consoleLogin = consoleLogin(home, victim.username(), Api.PASSWORD, null);
        assertThat(consoleLogin.status()).as(consoleLogin.describe()).isEqualTo(302);
        String device = deviceCookie(consoleLogin);

        for (int guess = 1; guess <= 10; guess++) {
            basic(attacker, victim.username(), "guess " + guess, null).problemOfType(401, "unauthenticated");
        }

        assertTooManyRequests(basic(attacker, victim.username(), Api.PASSWORD, null), "login-user");
        assertTooManyRequests(basic(home, victim.username(), Api.PASSWORD, null), "login-user");
        basic(home, victim.username(), Api.PASSWORD, device).ok();
        Reply withDevice = consoleLogin(home, victim.username(), Api.PASSWORD, device);
        assertThat(withDevice.status()).as(withDevice.describe()).isEqualTo(302);
        assertThat(withDevice.header("Location")).contains("/console/");
        Reply withoutDevice = consoleLogin(home, victim.username(), Api.PASSWORD, null);
        assertThat(withoutDevice.status()).as(withoutDevice.describe()).isEqualTo(429);
        assertThat(withoutDevice.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(withoutDevice.body()).contains("Too many login attempts");
    }

    @Test
    void anotherUsersDeviceCookieDoesNotHelp() {
        Api victim = Api.signUpVendor(base, "victim2");
        Api other = Api.signUpVendor(base, "other");
        LoopbackClient client = LoopbackClient.at("127.0.0.25", base);
        String othersDevice =
                deviceCookie(basic(client, other.username(), Api.PASSWORD, null).expect(200));

        for (int guess = 1; guess <= 10; guess++) {
            basic(client, victim.username(), "guess " + guess, othersDevice).expect(401);
        }

        assertTooManyRequests(basic(client, victim.username(), Api.PASSWORD, othersDevice), "login-user");
        basic(client, other.username(), Api.PASSWORD, othersDevice).ok();
    }

    @Test
    void oneAddressTryingManyUsernamesIsStoppedThereOnly() {
        Api user = Api.signUpVendor(base, "sprayed");
        LoopbackClient spray = LoopbackClient.at("127.0.0.23", base);

        for (int guess = 1; guess <= LOGIN_ADDRESS_QUOTA; guess++) {
            basic(spray, Api.unique("nobody"), "password " + guess, null).expect(401);
        }

        assertTooManyRequests(basic(spray, Api.unique("nobody"), "one more", null), "login-address");
        assertTooManyRequests(basic(spray, user.username(), Api.PASSWORD, null), "login-address");
        basic(LoopbackClient.at("127.0.0.24", base), user.username(), Api.PASSWORD, null)
                .ok();
    }

    private static void assertTooManyRequests(Reply reply, String limit) {
        JsonObject problem = reply.problemOfType(429, "rate-limited");
        assertThat(problem.getString("detail")).contains(limit);
        String retryAfter = reply.header("Retry-After");
        assertThat(retryAfter).as(reply.describe()).matches("[1-9][0-9]*");
        assertThat(reply.header("RateLimit")).as(reply.describe()).contains("\"" + limit + "\";r=0;t=" + retryAfter);
        assertThat(reply.header("RateLimit-Policy")).as(reply.describe()).contains("\"" + limit + "\";q=");
    }

    private static String key(Api vendor, String role) {
        return vendor.post("api-keys", Json.object("role", role)).created().getString("secret");
    }

    private static Reply basic(LoopbackClient client, String username, String password, String device) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return device == null
                ? client.send("GET", "api/v1/vendor", null, null, "Authorization", "Basic " + credentials)
                : client.send(
                        "GET",
                        "api/v1/vendor",
                        null,
                        null,
                        "Authorization",
                        "Basic " + credentials,
                        "Cookie",
                        cookie(device));
    }

    /** The console's login form as a browser posts it: the page first, for its session and view state. */
    private static Reply consoleLogin(LoopbackClient client, String username, String password, String device) {
        Reply page = client.send("GET", "login.xhtml", null, null).expect(200);
        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.split(";")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
        String form = FacesForm.from(
                page.body(),
                "loginForm",
                "loginForm",
                "loginForm:username",
                username,
                "loginForm:password",
                password,
                "loginForm:login",
                "");
        String cookies = device == null ? session : session + "; " + cookie(device);
        return client.send("POST", "login.xhtml", "application/x-www-form-urlencoded", form, "Cookie", cookies);
    }

    private static String deviceCookie(Reply reply) {
        String setCookie = reply.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("applicensing-device="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no device cookie: " + reply.headers()));
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        return setCookie.substring("applicensing-device=".length(), setCookie.indexOf(';'));
    }

    private static String cookie(String device) {
        return "applicensing-device=" + device;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
