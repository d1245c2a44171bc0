package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Authentication and authorisation of the API: the 401 challenge, vendor users and API keys (Bearer
 * and HTTP Basic with user "apiKey"), roles, revocation, sign-up validation and the login limit per username.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String CHALLENGE_SCHEMES = "Basic";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static Api admin;
    private static String product;

    @BeforeEach
    void signUpOnce() {
        if (admin == null) {
            admin = Api.signUpVendor(base, "security");
            product = Seed.product(admin, Api.unique("P")).getString("number");
        }
    }

    // ---- 401

    static Stream<Arguments> protectedEndpoints() {
        return Stream.of(
                Arguments.of("GET", "vendor", null),
                Arguments.of("PATCH", "vendor", "{\"name\":\"x\"}"),
                Arguments.of("GET", "products", null),
                Arguments.of("GET", "products/DEMO-APP", null),
                Arguments.of("POST", "products", "{\"name\":\"x\"}"),
                Arguments.of("PATCH", "products/DEMO-APP", "{\"name\":\"x\"}"),
                Arguments.of("DELETE", "products/DEMO-APP?forceCascade=true", null),
                Arguments.of("GET", "product-modules", null),
                Arguments.of("GET", "license-templates", null),
                Arguments.of("GET", "licensees", null),
                Arguments.of("DELETE", "licenses/DEMO-LICENSE", null),
                Arguments.of("GET", "licensing-models", null),
                Arguments.of("GET", "api-keys", null),
                Arguments.of("POST", "api-keys", "{\"role\":\"ADMIN\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("protectedEndpoints")
    void everyEndpointButSignUpChallengesCallersWithoutCredentials(String method, String path, String body) {
        assertUnauthenticated(admin.anonymous().send(method, path, body));

        Api demo = admin.withBasic("demo", "demo");
        demo.get("products/DEMO-APP").ok();
        demo.get("licenses/DEMO-LICENSE").ok();
    }

    static Stream<String> refusedAuthorizations() {
        return Stream.of(
                "Basic !!!not-base64!!!",
                "Basic " + base64("no-colon-at-all"),
                "Basic " + base64(":password-without-user"),
                "Basic " + base64("no-such-user-anywhere:some password"),
                "Basic " + base64("demo:wrong password"),
                "Basic " + base64("demo:demo\u0000"),
                "Basic " + base64("apiKey:alk_notARealKeyAtAll"),
                "Basic " + base64("apiKey:demo"),
                "Bearer alk_notARealKeyAtAll",
                "Bearer not-even-an-api-key",
                "Bearer ",
                "Digest username=\"demo\"",
                "demo:demo",
                "");
    }

    @ParameterizedTest
    @MethodSource("refusedAuthorizations")
    void refusedCredentialsAnswerTheSameChallenge(String authorization) {
        assertUnauthenticated(admin.withAuthorization(authorization).get("vendor"));
    }

    @Test
    void vendorUserSeesItsOwnAccountAndLogsInCaseInsensitively() {
        String username = Api.unique("Mixed").toLowerCase();
        Api anonymous = admin.anonymous();
        JsonObject signedUp = anonymous
                .post(
                        "vendors",
                        Json.object(
                                "vendorName",
                                "Mixed Case GmbH",
                                "email",
                                "owner@mixed.example",
                                "username",
                                username.toUpperCase(),
                                "password",
                                Api.PASSWORD))
                .created();

        JsonObject account =
                anonymous.withBasic(username, Api.PASSWORD).get("vendor").ok();
        assertThat(account).isEqualTo(signedUp);
        assertThat(account.getString("name")).isEqualTo("Mixed Case GmbH");
        assertThat(account.getString("email")).isEqualTo("owner@mixed.example");
        assertThat(account.getString("number")).matches("V[23456789A-HJKMNP-Z]{10}");
        assertThat(account.toString()).doesNotContain(Api.PASSWORD);
        assertThat(anonymous
                        .withBasic(username.toUpperCase(), Api.PASSWORD)
                        .get("vendor")
                        .ok())
                .isEqualTo(account);
    }

    @Test
    void vendorChangesItsProfileAndNewTemplatesArePricedInItsDefaultCurrency() {
        Api vendor = Api.signUpVendor(base, "Profile");
        JsonObject changed = vendor.patch(
                        "vendor",
                        Json.object("name", "Profile AG", "defaultCurrency", "CHF", "timeZone", "Europe/Zurich"))
                .ok();

        assertThat(changed.getString("name")).isEqualTo("Profile AG");
        assertThat(changed.getString("defaultCurrency")).isEqualTo("CHF");
        assertThat(changed.getString("timeZone")).isEqualTo("Europe/Zurich");
        assertThat(vendor.get("vendor").ok()).isEqualTo(changed);
        String product = Api.unique("P");
        String module = Api.unique("M");
        Seed.product(vendor, product);
        Seed.module(vendor, product, module);
        JsonObject template = vendor.post(
                        "license-templates",
                        Json.object(
                                "productModuleNumber",
                                module,
                                "name",
                                "No currency given",
                                "licenseType",
                                "FEATURE",
                                "price",
                                10))
                .created();
        assertThat(template.getString("currency")).isEqualTo("CHF");
    }

    @Test
    void aProfileChangeWithBadValuesIsRefusedAndChangesNothing() {
        Api vendor = Api.signUpVendor(base, "BadProfile");
        JsonObject before = vendor.get("vendor").ok();

        vendor.patch("vendor", Json.object("name", "Renamed", "timeZone", "Mars/Olympus"))
                .problemNaming(400, "timeZone");
        vendor.patch("vendor", Json.object("name", "Renamed", "defaultCurrency", "EURO"))
                .clientError();
        vendor.patch("vendor", Json.object("email", "not an e-mail")).problemNaming(400, "email");
        vendor.patch("vendor", Json.object("name", "")).problemNaming(400, "name");

        assertThat(vendor.get("vendor").ok()).isEqualTo(before);
    }

    // ---- API keys

    @Test
    void adminKeyWorksAsBearerAndAsBasicWithUserApiKey() {
        Reply reply = admin.post("api-keys", Json.object("role", "ADMIN", "description", "CI pipeline"));
        JsonObject key = reply.created();

        assertThat(key.getString("number")).startsWith("K");
        assertThat(key.getString("role")).isEqualTo("ADMIN");
        assertThat(key.getString("description")).isEqualTo("CI pipeline");
        assertThat(key.getBoolean("usable")).isTrue();
        assertThat(key.getString("createdAt")).isNotBlank();
        String secret = key.getString("secret");
        assertThat(secret).startsWith("alk_").hasSizeGreaterThan(40);
        assertThat(reply.header("Location")).endsWith("/api/v1/api-keys/" + key.getString("number"));

        JsonObject account = admin.get("vendor").ok();
        assertThat(admin.withBearer(secret).get("vendor").ok()).isEqualTo(account);
        assertThat(admin.withBasic("apiKey", secret).get("vendor").ok()).isEqualTo(account);
        admin.withBearer(secret)
                .post("products", Json.object("name", "Made by key"))
                .created();
    }

    @Test
    void keyListNeverShowsSecrets() {
        JsonObject created = admin.post("api-keys", Json.object("role", "READ_ONLY", "description", "listed"))
                .created();

        List<JsonObject> keys = admin.get("api-keys").expect(200).jsonArray().getValuesAs(JsonObject.class);

        JsonObject listed = keys.stream()
                .filter(k -> k.getString("number").equals(created.getString("number")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("key not listed: " + keys));
        assertThat(listed.getString("role")).isEqualTo("READ_ONLY");
        assertThat(listed.getString("description")).isEqualTo("listed");
        assertThat(listed.getString("secretHint"))
                .as("the start of the secret, to match the key to the one a vendor holds")
                .isEqualTo(created.getString("secret").substring(0, 10) + "…");
        assertThat(keys).allSatisfy(k -> assertThat(k.get("secret")).isIn(null, JsonValue.NULL));
        assertThat(admin.get("api-keys").body()).doesNotContain(created.getString("secret"));
    }

    @Test
    void keyRoleDefaultsToBrokerAndMustBeKnown() {
        assertThat(admin.post("api-keys", Json.object("description", "no role"))
                        .created()
                        .getString("role"))
                .isEqualTo("BROKER");
        admin.post("api-keys", Json.object("role", "SUPERUSER")).problemNaming(400, "role");
        assertThat(admin.post("api-keys", Json.object("role", "BROKER", "licenseeNumber", "NOPE"))
                        .problemNaming(400, "licenseeNumber")
                        .toString())
                .contains("no licensee 'NOPE' exists");
        admin.post("api-keys", Json.object("role", "ADMIN", "description", "d".repeat(201)))
                .problemNaming(400, "description");
    }

    static Stream<Arguments> changesRefusedToLowerRoles() {
        return Stream.of(
                Arguments.of("POST", "products", "{\"name\":\"sneaky\"}"),
                Arguments.of("PATCH", "products/{product}", "{\"name\":\"sneaky\"}"),
                Arguments.of("DELETE", "products/{product}", null),
                Arguments.of("DELETE", "products/{product}?forceCascade=true", null),
                Arguments.of(
                        "POST",
                        "product-modules",
                        "{\"name\":\"m\",\"productNumber\":\"{product}\",\"licensingModel\":\"Subscription\"}"),
                Arguments.of("POST", "licensees", "{\"productNumber\":\"{product}\"}"),
                Arguments.of("POST", "api-keys", "{\"role\":\"ADMIN\"}"),
                Arguments.of("GET", "api-keys", null),
                Arguments.of("PATCH", "vendor", "{\"name\":\"Taken over\"}"));
    }

    @ParameterizedTest(name = "READ_ONLY {0} {1}")
    @MethodSource("changesRefusedToLowerRoles")
    void readOnlyKeyReadsButIsForbiddenToChange(String method, String path, String body) {
        Api readOnly = keyOf("READ_ONLY");
        JsonObject before = admin.get("products/" + product).ok();
        long products = Seed.count(admin, "products");

        assertForbidden(readOnly.send(
                method, path.replace("{product}", product), body == null ? null : body.replace("{product}", product)));

        assertThat(readOnly.get("products/" + product).ok()).isEqualTo(before);
        assertThat(Seed.count(readOnly, "products")).isEqualTo(products);
        assertThat(Seed.count(admin, "product-modules?productNumber=" + product))
                .isZero();
        assertThat(Seed.count(admin, "licensees?productNumber=" + product)).isZero();
    }

    @ParameterizedTest(name = "BROKER {0} {1}")
    @MethodSource("changesRefusedToLowerRoles")
    void brokerKeyIsForbiddenToChange(String method, String path, String body) {
        Api broker = keyOf("BROKER");
        JsonObject before = admin.get("products/" + product).ok();

        assertForbidden(broker.send(
                method, path.replace("{product}", product), body == null ? null : body.replace("{product}", product)));

        assertThat(admin.get("products/" + product).ok()).isEqualTo(before);
    }

    @Test
    void brokerKeyIsForbiddenToReadTheCatalog() {
        Api broker = keyOf("BROKER");

        assertForbidden(broker.get("products"));
        assertForbidden(broker.get("products/" + product));
        assertForbidden(broker.get("licensees"));
        assertForbidden(broker.get("vendor"));
    }

    @Test
    void revokedKeyIsRefusedAtOnceWhileOtherKeysKeepWorking() {
        JsonObject doomed = admin.post("api-keys", Json.object("role", "ADMIN", "description", "doomed"))
                .created();
        JsonObject kept = admin.post("api-keys", Json.object("role", "ADMIN", "description", "kept"))
                .created();
        admin.withBearer(doomed.getString("secret")).get("vendor").ok();

        JsonObject revoked =
                admin.delete("api-keys/" + doomed.getString("number")).ok();

        assertThat(revoked.getBoolean("usable")).isFalse();
        assertThat(revoked.getString("revokedAt")).isNotBlank();
        assertThat(revoked.get("secret")).isIn(null, JsonValue.NULL);
        assertRevoked(admin.withBearer(doomed.getString("secret")).get("vendor"));
        assertRevoked(admin.withBasic("apiKey", doomed.getString("secret")).get("products"));
        assertUnauthenticated(admin.withBearer(doomed.getString("secret") + "x").get("vendor"));
        admin.withBearer(kept.getString("secret")).get("vendor").ok();
        JsonObject listed = admin.get("api-keys").expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("number").equals(doomed.getString("number")))
                .findFirst()
                .orElseThrow();
        assertThat(listed.getBoolean("usable")).isFalse();
    }

    @Test
    void revokingAnUnknownKeyAnswersNotFound() {
        admin.delete("api-keys/KNOSUCHKEY").problemOfType(404, "not-found");
    }

    // ---- sign-up

    static Stream<Arguments> invalidSignUps() {
        return Stream.of(
                Arguments.of("vendorName missing", Json.object("vendorName", null), "vendorName"),
                Arguments.of("vendorName blank", Json.object("vendorName", "  "), "vendorName"),
                Arguments.of("vendorName too long", Json.object("vendorName", "v".repeat(201)), "vendorName"),
                Arguments.of("email missing", Json.object("email", null), "email"),
                Arguments.of("email malformed", Json.object("email", "not-an-email"), "email"),
                Arguments.of("username missing", Json.object("username", null), "username"),
                Arguments.of("username too short", Json.object("username", "ab"), "username"),
                Arguments.of("username with space", Json.object("username", "john doe"), "username"),
                Arguments.of("username starting with dot", Json.object("username", ".john"), "username"),
                Arguments.of("username too long", Json.object("username", "u".repeat(65)), "username"),
                Arguments.of("password missing", Json.object("password", null), "password"),
                Arguments.of("password of 9 characters", Json.object("password", "123456789"), "password"),
                Arguments.of("password too long", Json.object("password", "p".repeat(201)), "password"),
                Arguments.of(
                        "password with a NUL, which PBKDF2 would not tell from the password without it",
                        Json.object("password", "ten characters\u0000"),
                        "password"),
                Arguments.of(
                        "password with a C1 control character, which the hasher refuses too",
                        Json.object("password", "ten characters\u0085"),
                        "password"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSignUps")
    void invalidSignUpsAreRefusedNamingTheField(String label, JsonObject change, String field) {
        String username = Api.unique("signup").toLowerCase();
        JsonObject valid = Json.object(
                "vendorName",
                "Valid Ltd",
                "email",
                username + "@example.com",
                "username",
                username,
                "password",
                Api.PASSWORD);

        admin.anonymous().post("vendors", Json.merge(valid, change)).problemNaming(400, field);

        String triedUsername = Json.merge(valid, change).get("username") instanceof jakarta.json.JsonString s
                ? s.getString()
                : username;
        assertUnauthenticated(admin.withBasic(triedUsername, Api.PASSWORD).get("vendor"));
    }

    @Test
    void passwordOfTenCharactersIsEnough() {
        String username = Api.unique("ten").toLowerCase();
        admin.anonymous()
                .post(
                        "vendors",
                        Json.object(
                                "vendorName",
                                "Ten",
                                "email",
                                username + "@example.com",
                                "username",
                                username,
                                "password",
                                "0123456789"))
                .created();

        admin.withBasic(username, "0123456789").get("vendor").ok();
    }

    @Test
    void duplicateUsernameConflictsWhateverItsCase() {
        String username = Api.unique("dup").toLowerCase();
        JsonObject signUp = Json.object(
                "vendorName",
                "First",
                "email",
                username + "@example.com",
                "username",
                username,
                "password",
                Api.PASSWORD);
        JsonObject first = admin.anonymous().post("vendors", signUp).created();

        admin.anonymous()
                .post("vendors", Json.with(signUp, "vendorName", "Second", "password", "another password"))
                .problemNaming(409, "username");
        admin.anonymous()
                .post("vendors", Json.with(signUp, "username", username.toUpperCase()))
                .problemNaming(409, "username");

        assertThat(admin.withBasic(username, Api.PASSWORD).get("vendor").ok()).isEqualTo(first);
        assertUnauthenticated(admin.withBasic(username, "another password").get("vendor"));
    }

    @Test
    void signUpNeedsNoCredentialsAndIgnoresWrongOnes() {
        String username = Api.unique("open").toLowerCase();

        admin.withAuthorization("Basic " + base64("nobody:wrong"))
                .post(
                        "vendors",
                        Json.object(
                                "vendorName",
                                "Open",
                                "email",
                                username + "@example.com",
                                "username",
                                username,
                                "password",
                                Api.PASSWORD))
                .created();
    }

    @Test
    void repeatedWrongPasswordsHoldBackEveryClientWithoutTheUsersDeviceCookie() {
        Api victim = Api.signUpVendor(base, "throttled");
        String username = victim.username();
        Reply knownDevice = victim.get("vendor").expect(200);
        String deviceCookie = knownDevice.header("Set-Cookie").split(";")[0];

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertUnauthenticated(
                    victim.withBasic(username, "guess number " + attempt).get("vendor"));
        }

        victim.withBasic(username, "guess number 11").get("vendor").problemOfType(429, "rate-limited");
        JsonObject refused = victim.get("vendor").problemOfType(429, "rate-limited");
        assertThat(refused.getString("detail")).contains("login-user");
        victim.sendWithHeader("GET", "vendor", null, "Cookie", deviceCookie).ok();
        admin.get("vendor").ok();
    }

    private static Api keyOf(String role) {
        JsonObject key = admin.post("api-keys", Json.object("role", role, "description", role + " key"))
                .created();
        return admin.withBearer(key.getString("secret"));
    }

    private static void assertUnauthenticated(Reply reply) {
        JsonObject problem = reply.problemOfType(401, "unauthenticated");
        assertThat(reply.header("WWW-Authenticate"))
                .as(reply.describe())
                .contains(CHALLENGE_SCHEMES)
                .contains("Bearer");
        assertThat(problem.getString("detail")).isNotBlank();
    }

    /** Integration finding 10: still 401, but told apart from a wrong key, so a client stops retrying. */
    private static void assertRevoked(Reply reply) {
        JsonObject problem = reply.problemOfType(401, "api-key-revoked");
        assertThat(reply.header("WWW-Authenticate")).as(reply.describe()).contains("Bearer");
        assertThat(problem.getString("detail")).contains("revoked");
    }

    private static void assertForbidden(Reply reply) {
        JsonObject problem = reply.problemOfType(403, "forbidden");
        assertThat(problem.getString("detail")).contains("role");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
