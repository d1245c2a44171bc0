package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.fuzz.Answers;
import com.appconda.licensing.fuzz.Counts;
import com.appconda.licensing.fuzz.HostileJson;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sample of hostile HTTP over the whole API, by kind: broken bodies and encodings, wrong JSON types, numbers and
 * injections in queries and paths, path traversal, unknown methods, wrong content types, broken credentials,
 * Idempotency-Key misuse and oversized requests. Vendor A sends them; vendor B is the neighbour. Every answer must
 * be below 500, show no class name or stack trace, and name nothing of B's; every request meant to be refused must
 * be refused; afterwards the state of both vendors (their lists, API keys, audit and a Broker dry run) must be what it
 * was, and the server ready. The random choices come from one seed (system property {@code fuzz.seed}), printed with
 * the figures per endpoint, so a finding can be sent again. The body fuzz below HTTP, with far more cases per field,
 * is {@code ApiBodiesFuzzTest}; this suite proves the same holds through the server's own reading and filters.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {

    /** An Idempotency-Key with a bare CR followed by what would read as a header of its own. */
    private static final String BARE_CR_KEY = "a\rX-Injected: 1";

    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private static final Counts COUNTS = new Counts("HTTP, seed " + SEED);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Random random;
    Tenant a;
    Tenant b;
    final List<String> findings = new ArrayList<>();

    @BeforeEach
    void twoVendors() {
        JqwikSession.start(); // jqwik's arbitraries generate only inside a session; the choices come from random
        random = new Random(SEED);
        a = Tenant.create(base, "fuzz-a");
        b = Tenant.create(base, "fuzz-b");
    }

    @AfterEach
    void endSession() {
        JqwikSession.finish();
    }

    @AfterAll
    static void report() {
        COUNTS.print();
    }

    @Test
    void malformedBodiesAreRefusedEverywhere() {
        for (Endpoint endpoint : a.bodyEndpoints()) {
            for (int i = 0; i < 8; i++) {
                HostileJson.Malformed malformed = sample(HostileJson.malformed(endpoint.validBody()));
                refused(endpoint, "malformed", malformed.how(), malformed.body(), "application/json");
            }
        }
        assertUntouched();
    }

    @Test
    void fieldsOfTheWrongJsonTypeAreRefused() {
        for (Endpoint endpoint : a.bodyEndpoints()) {
            endpoint.fields().forEach((field, valid) -> {
                for (String wrong : pick(wrongValuesFor(valid), 2)) {
                    String body = endpoint.withField(field, wrong);
                    refused(endpoint, "wrong type", field + "=" + wrong, utf8(body), "application/json");
                }
            });
        }
        assertUntouched();
    }

    @Test
    void numbersAndInjectionsInQueriesAndPathsAreAnsweredCleanly() {
        List<String> numbers = List.of(
                "-1", "0", "1.5", "1e999", "99999999999999999999", "abc", "", "%00", "2147483648", "-2147483649");
        for (String list : Tenant.LISTS) {
            for (String parameter : List.of("page", "size")) {
                for (String number : pick(numbers, 4)) {
                    read("number in query", list, list + "?" + parameter + "=" + Api.q(number));
                }
            }
            for (String injection : pick(HostileJson.INJECTIONS, 4)) {
                read("injection in sort", list, list + "?sort=" + Api.q(injection));
                read("injection in filter", list, list + "?name=" + Api.q(injection) + "&active=" + Api.q(injection));
            }
        }
        for (String injection : pick(HostileJson.INJECTIONS, 10)) {
            read(
                    "injection in path",
                    "products/{number}",
                    "products/" + Api.q(injection).replace("+", "%20"));
            read(
                    "injection in path",
                    "licensees/{number}",
                    "licensees/" + Api.q(injection).replace("+", "%20"));
            read(
                    "injection in filter",
                    "licenses",
                    "licenses?licenseeNumber=" + Api.q(injection) + "&licenseTemplateNumber=" + Api.q(injection));
            read("number in query", "audit", "audit?limit=" + Api.q(injection));
        }
        assertUntouched();
    }

    @Test
    void pathTraversalReachesNoFile() {
        List<String> paths = List.of(
                "WEB-INF/web.xml",
                "WEB-INF/classes/META-INF/microprofile-config.properties",
                "META-INF/MANIFEST.MF",
                "api/v1/../WEB-INF/web.xml",
                "api/v1/%2e%2e/%2e%2e/WEB-INF/web.xml",
                "api/v1/products/..%2F..%2F..%2FWEB-INF%2Fweb.xml",
                "api/v1/products/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "api/v1/licensees/..%252F..%252FWEB-INF%252Fweb.xml",
                "resources/..;/WEB-INF/web.xml",
                "jakarta.faces.resource/..%2FWEB-INF%2Fweb.xml.xhtml",
                "jakarta.faces.resource/web.xml.xhtml?ln=..%2FWEB-INF",
                "jakarta.faces.resource/theme.css.xhtml?ln=..%2F..%2FWEB-INF",
                "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "..%5c..%5cWEB-INF%5cweb.xml",
                "WEB-INF%2fweb.xml",
                "web-inf/web.xml",
                "WEB-INF./web.xml",
                "login.xhtml/..;/WEB-INF/web.xml");
        for (String path : paths) {
            Outcome outcome = a.raw.sendRaw(
                            "GET " + path,
                            ("GET " + a.raw.deploymentPath() + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                            + "Authorization: " + a.basic + "\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1))
                    .map(Outcome::of)
                    .orElse(Outcome.CLOSED);
            String body = outcome.body();
            boolean leakedFile = body.contains("<web-app")
                    || body.contains("root:x:")
                    || body.contains("Manifest-Version")
                    || body.contains("licensing.rate-limit");
            // a page of the console (the login, say) may answer: what must not is a file of the deployment
            check("path traversal", "GET " + path, outcome, false, leakedFile ? "served a file of the server" : null);
        }
        assertUntouched();
    }

    @Test
    void unknownAndUnsupportedMethodsChangeNothing() {
        List<String> methods = List.of("PROPFIND", "TRACE", "FOO", "PUT", "MKCOL", "LOCK", "PATCH", "DELETE");
        for (String list : Tenant.LISTS) {
            for (String method : pick(methods, 5)) {
                if (method.equals("PATCH") && list.equals("vendor")) {
                    continue; // an empty PATCH of the vendor is a valid request
                }
                Outcome outcome = Outcome.of(a.api.send(method, list, "{}"));
                String echoed = outcome.body().contains(a.basic) ? "echoed the request's credentials" : null;
                check("method " + method, method + " " + list, outcome, true, echoed);
            }
        }
        for (String path : List.of("products/" + a.product, "licensees/" + a.licensee, "licenses/" + a.license)) {
            for (String method : List.of("PUT", "POST", "TRACE", "PROPFIND")) {
                Outcome outcome = Outcome.of(a.api.send(method, path, "{}"));
                String echoed = outcome.body().contains(a.basic) ? "echoed the request's credentials" : null;
                check("method " + method, method + " " + a.shape(path) + " with " + path, outcome, true, echoed);
            }
            check(
                    "method OPTIONS",
                    "OPTIONS " + a.shape(path) + " with " + path,
                    Outcome.of(a.api.send("OPTIONS", path, null)),
                    false,
                    null);
            check(
                    "method HEAD",
                    "HEAD " + a.shape(path) + " with " + path,
                    Outcome.of(a.api.send("HEAD", path, null)),
                    false,
                    null);
        }
        assertUntouched();
    }

    @Test
    void bodiesOfAnotherMediaTypeAreRefused() {
        List<String> types = List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/octet-stream",
                "application/jsonx",
                "json",
                "application/json, text/html",
                "*/*");
        for (Endpoint endpoint : a.bodyEndpoints()) {
            for (String type : pick(types, 3)) {
                refused(endpoint, "content type", type, utf8(endpoint.validBody()), type);
            }
            refused(endpoint, "content type", "none", utf8(endpoint.validBody()), null);
        }
        assertUntouched();
    }

    @Test
    void brokenCredentialsReadNothingAndChangeNothing() {
        LoopbackClient stranger = LoopbackClient.at("127.0.0.91", base);
        List<String> authorizations = List.of(
                "Basic",
                "Basic ",
                "Basic !!!",
                "Basic " + b64("no-colon"),
                "Basic " + b64(":"),
                "Basic " + b64(Api.unique("nobody") + ":wrong password"),
                "Basic " + b64(a.username + ":" + Api.PASSWORD + "\u0000"),
                "Basic " + b64(a.username.toUpperCase(Locale.ROOT) + ":" + Api.PASSWORD + "x"),
                "Basic " + "A".repeat(9000),
                "Bearer",
                "Bearer ",
                "Bearer " + "x".repeat(9000),
                "Bearer " + a.readOnlyKey + "x",
                "Bearer " + a.readOnlyKey.substring(1),
                "Bearer  " + a.readOnlyKey + " trailing",
                "Digest username=\"" + a.username + "\", response=\"0\"",
                "Negotiate YIIBhwYGKwYBBQUCoIIBezCCAXegMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCg==",
                "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==",
                "Token " + a.readOnlyKey,
                "ApiKey " + a.readOnlyKey);
        for (String authorization : authorizations) {
            for (String path : pick(List.of("vendor", "licensees/" + a.licensee, "api-keys", "products"), 2)) {
                Outcome outcome =
                        Outcome.of(stranger.send("GET", "api/v1/" + path, null, null, "Authorization", authorization));
                checkFor(
                        a,
                        path,
                        "credentials",
                        "GET " + a.shape(path) + " with " + abbreviated(authorization),
                        outcome,
                        true,
                        null);
            }
            Outcome write = Outcome.of(stranger.send(
                    "POST",
                    "api/v1/products",
                    "application/json",
                    "{\"number\":\"" + Api.unique("FZ") + "\",\"name\":\"x\"}",
                    "Authorization",
                    authorization));
            check("credentials", "POST products with " + abbreviated(authorization), write, true, null);
        }
        Outcome twoHeaders = Outcome.of(stranger.send(
                "GET",
                "api/v1/vendor",
                null,
                null,
                "Authorization",
                a.basic,
                "Authorization",
                "Bearer " + b.readOnlyKey));
        check("credentials", "GET vendor with two Authorization headers", twoHeaders, true, null);
        Api readOnly = a.api.withBearer(a.readOnlyKey);
        check(
                "credentials",
                "POST products with A's READ_ONLY key",
                Outcome.of(readOnly.post("products", Json.object("number", Api.unique("FZ"), "name", "x"))),
                true,
                null);
        Api limited = a.api.withBearer(a.limitedKey);
        String other = "licensees/" + a.otherLicensee;
        checkFor(
                b,
                other,
                "credentials",
                "GET licensees/{other} with A's key limited to one licensee",
                Outcome.of(limited.get(other)),
                true,
                null);
        Api neighbour = a.api.withBearer(b.readOnlyKey);
        for (String path : List.of("licensees/" + a.licensee, "licenses/" + a.license, "products/" + a.product)) {
            checkFor(
                    a,
                    path,
                    "credentials",
                    "GET " + a.shape(path) + " with B's key",
                    Outcome.of(neighbour.get(path)),
                    true,
                    null);
        }
        assertUntouched();
    }

    @Test
    void idempotencyKeysCannotBeBentOrShared() {
        String consume = Json.object(
                        "productNumber", a.product, "modules", Json.object(a.credits, Json.object("usedQuantity", "1")))
                .toString();
        String consumeTwo = consume.replace("\"usedQuantity\":\"1\"", "\"usedQuantity\":\"2\"");
        String path = "licensees/" + a.licensee + "/validate";
        String key = Api.unique("idem");
        Outcome first = Outcome.of(a.api.sendWithHeader("POST", path, consume, "Idempotency-Key", key));
        check("idempotency", "first use of a key", first, false, null);
        Outcome replay = Outcome.of(a.api.sendWithHeader("POST", path, consume, "Idempotency-Key", key));
        check(
                "idempotency",
                "the same request again",
                replay,
                false,
                replay.status() == first.status() ? null : "a replay answered " + replay.status());
        check(
                "idempotency",
                "the key with another body",
                Outcome.of(a.api.sendWithHeader("POST", path, consumeTwo, "Idempotency-Key", key)),
                true,
                null);
        String bPath = "licensees/" + b.licensee + "/validate";
        String bConsume = consume.replace(a.product, b.product)
                .replace(a.credits, b.credits)
                .replace("{\"productNumber\"", "{\"dryRun\":true,\"productNumber\"");
        checkFor(
                a,
                "",
                "idempotency",
                "A's key used by B",
                Outcome.of(b.api.sendWithHeader("POST", bPath, bConsume, "Idempotency-Key", key)),
                false,
                null);
        List<String> badKeys = List.of(
                "", " ", "k".repeat(300), "k".repeat(100_000), "a\u0001b", "a\tb\u007f", "\u00ff\u00fe", BARE_CR_KEY);
        boolean splitAtBareCr = false;
        for (String bad : badKeys) {
            byte[] head = ("POST " + a.raw.deploymentPath() + "api/v1/" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Authorization: " + a.basic + "\r\nContent-Type: application/json\r\n"
                            + "Idempotency-Key: " + bad + "\r\nContent-Length: " + utf8(consume).length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            String how = "a key of " + bad.length() + " characters " + abbreviated(HostileJson.quoted(bad));
            Outcome outcome = a.raw.sendRaw(how, concat(head, utf8(consume)))
                    .map(Outcome::of)
                    .orElse(Outcome.CLOSED);
            if (bad.equals(BARE_CR_KEY) && outcome.status() >= 200 && outcome.status() < 300) {
                splitAtBareCr = true;
                checkSplitAtBareCr(path, consume, outcome);
            } else {
                check("idempotency", how, outcome, true, null);
            }
        }
        long remaining = a.remainingCredits();
        assertThat(remaining)
                .as("one consumption of 1 unit went through, once, whatever was replayed or bent"
                        + (splitAtBareCr ? ", and one under the key the bare CR cut off" : ""))
                .isEqualTo(Tenant.CREDITS - 1 - (splitAtBareCr ? 1 : 0));
        assertUntouched("licenses", "remaining");
    }

    /**
     * A bare CR in a header: Payara refuses the request; Undertow (WildFly) ends the header line there, so the server
     * saw {@code Idempotency-Key: a} and a second header {@code X-Injected: 1}, a well-formed request with a new key,
     * which it may take (RFC 9112 asks a recipient to refuse a bare CR or read it as a space; the application never
     * sees the difference). Then it must have been taken as exactly that: once, under the key {@code a}.
     */
    private void checkSplitAtBareCr(String path, String consume, Outcome accepted) {
        String cutKey = BARE_CR_KEY.substring(0, BARE_CR_KEY.indexOf('\r'));
        Outcome again = Outcome.of(a.api.sendWithHeader("POST", path, consume, "Idempotency-Key", cutKey));
        check(
                "idempotency",
                "the key a bare CR cut off, again",
                again,
                false,
                again.status() == accepted.status() ? null : "the cut-off key's replay answered " + again.status());
    }

    @Test
    void oversizedRequestsAreRefusedWithoutHarm() {
        String hugeName = "{\"number\":\"" + Api.unique("FZ") + "\",\"name\":\"" + "n".repeat(3_000_000) + "\"}";
        Endpoint products = a.bodyEndpoints().get(0);
        refused(products, "oversized", "3 MB body", utf8(hugeName), "application/json");
        String manyFields =
                IntStream.range(0, 50_000).mapToObj(i -> "\"f" + i + "\":1").collect(Collectors.joining(",", "{", "}"));
        refused(products, "oversized", "50,000 fields", utf8(manyFields), "application/json");
        String longNumber = "{\"productNumber\":\"" + a.product + "\",\"modules\":{\"" + a.credits
                + "\":{\"usedQuantity\":\"" + "9".repeat(1_000_000) + "\"}}}";
        refused(a.validate(), "oversized", "a 1,000,000-digit parameter", utf8(longNumber), "application/json");
        List<String> heads = List.of(
                "X-Fuzz: " + "h".repeat(70_000) + "\r\n",
                "X-Fuzz: 1\r\n".repeat(2_000),
                "Cookie: " + "c=1; ".repeat(20_000) + "\r\n");
        for (String head : heads) {
            raw(
                    "oversized",
                    "GET products with " + head.length() + " bytes of headers",
                    "GET " + a.raw.deploymentPath() + "api/v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                            + a.basic + "\r\n" + head + "Connection: close\r\n\r\n");
        }
        raw(
                "oversized",
                "GET products with a 200 KB query",
                "GET " + a.raw.deploymentPath() + "api/v1/products?name=" + "q".repeat(200_000)
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + a.basic
                        + "\r\nConnection: close\r\n\r\n");
        raw(
                "oversized",
                "GET products with 20,000 query parameters",
                "GET " + a.raw.deploymentPath() + "api/v1/products?" + "page=1&".repeat(20_000)
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + a.basic
                        + "\r\nConnection: close\r\n\r\n");
        raw(
                "oversized",
                "POST products announcing 2 GB it never sends",
                "POST " + a.raw.deploymentPath() + "api/v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                        + a.basic + "\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n"
                        + "Connection: close\r\n\r\n{\"name\":");
        raw(
                "oversized",
                "POST products with a negative Content-Length",
                "POST " + a.raw.deploymentPath() + "api/v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                        + a.basic + "\r\nContent-Type: application/json\r\nContent-Length: -5\r\n"
                        + "Connection: close\r\n\r\n{}");
        assertUntouched();
    }

    // ---- sending and checking

    private void refused(Endpoint endpoint, String kind, String how, byte[] body, String contentType) {
        Outcome outcome = endpoint.send(a, body, contentType);
        check(kind, endpoint.name() + " " + how, outcome, true, null);
    }

    private void read(String kind, String target, String path) {
        check(kind, "GET " + target + " with " + path, Outcome.of(a.api.get(path)), false, null);
    }

    private void raw(String kind, String how, String request) {
        Outcome outcome = a.raw.sendRaw(how, request.getBytes(StandardCharsets.ISO_8859_1))
                .map(Outcome::of)
                .orElse(Outcome.CLOSED);
        check(kind, how, outcome, true, null);
    }

    /**
     * Checks one answer: below 500, no leak, nothing of B's, and refused (4xx, or the connection closed unanswered)
     * when {@code meantToBeRefused}; {@code otherFinding} is what else the caller saw wrong, or null.
     */
    private void check(String kind, String request, Outcome outcome, boolean meantToBeRefused, String otherFinding) {
        checkFor(b, "", kind, request, outcome, meantToBeRefused, otherFinding);
    }

    /** As {@link #check}, with {@code outsider} the vendor none of whose data may show, but what {@code asked} names. */
    private void checkFor(
            Tenant outsider,
            String asked,
            String kind,
            String request,
            Outcome outcome,
            boolean meantToBeRefused,
            String otherFinding) {
        List<String> leaks = Answers.leaks(outcome.body());
        List<String> neighbours = outsider.tokensIn(outcome.body()).stream()
                .filter(token -> !asked.contains(token))
                .toList();
        List<String> wrong = new ArrayList<>();
        if (outcome.status() >= 500) {
            wrong.add("answered " + outcome.status());
        }
        if (!leaks.isEmpty()) {
            wrong.add("leaked " + leaks);
        }
        if (!neighbours.isEmpty()) {
            wrong.add("showed " + outsider.username + "'s " + neighbours);
        }
        if (meantToBeRefused && outcome.status() != Outcome.CLOSED.status() && outcome.status() < 400) {
            wrong.add("was accepted (" + outcome.status() + ")");
        }
        if (otherFinding != null) {
            wrong.add(otherFinding);
        }
        COUNTS.record(target(request), kind, outcome.status(), meantToBeRefused, !leaks.isEmpty(), false);
        if (!wrong.isEmpty()) {
            findings.add(kind + ": " + request + " " + String.join(", ", wrong) + ": " + abbreviated(outcome.body()));
        }
    }

    /** Both vendors as they were (but what A's {@code expectedToChange} lists hold), the server ready, no finding. */
    private void assertUntouched(String... expectedToChange) {
        List<String> changed = new ArrayList<>();
        changed.addAll(a.changes(List.of(expectedToChange)));
        changed.addAll(b.changes(List.of()));
        COUNTS.recordStateChanges(changed.size());
        assertThat(findings)
                .as("findings of %d requests (seed %d)", COUNTS.total(), SEED)
                .isEmpty();
        assertThat(changed).as("state changed by refused requests").isEmpty();
        Reply ready = a.api.getAbsolute(a.api.health("ready"));
        assertThat(ready.status()).as(ready.describe()).isEqualTo(200);
    }

    private <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generator(1000).next(random).value();
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    /** JSON values of another type than {@code valid}'s, and numbers no field holds. */
    private static List<String> wrongValuesFor(String valid) {
        if (valid.startsWith("\"")) {
            return List.of("5", "-1.5", "true", "[]", "{}", "[\"x\"]", "1e999999999", "{\"a\":\"b\"}");
        }
        if (valid.equals("true") || valid.equals("false")) {
            return List.of("\"true\"", "1", "0", "\"yes\"", "[]", "{}", "\"\"");
        }
        if (valid.startsWith("{")) {
            return List.of("[]", "\"a=b\"", "{\"k\":1}", "{\"k\":[\"v\"]}", "true", "{\"k\":{\"a\":\"b\"}}");
        }
        return List.of(
                "\"5\"",
                "1.5",
                "1e999999999",
                "-9223372036854775809",
                "9223372036854775808",
                "true",
                "[]",
                "{}",
                "\"' OR '1'='1\"");
    }

    private static String target(String request) {
        String shape = request.split(" with |\\?", 2)[0];
        String[] words = shape.split(" ");
        return words.length >= 2 && words[0].chars().allMatch(Character::isUpperCase)
                ? words[0] + " " + words[1]
                : shape;
    }

    private static String abbreviated(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** An answer's status and body; {@link #CLOSED} when the server closed the connection without one. */
    record Outcome(int status, String body) {

        static final Outcome CLOSED = new Outcome(0, "");

        static Outcome of(Reply reply) {
            return new Outcome(reply.status(), reply.body() == null ? "" : reply.body());
        }
    }

    /** An endpoint that reads a body, with a valid body's fields as raw JSON values. */
    record Endpoint(String method, String path, String shape, Map<String, String> fields) {

        String name() {
            return method + " " + shape;
        }

        String validBody() {
            return HostileJson.object(fields);
        }

        String withField(String field, String rawValue) {
            return HostileJson.objectWith(fields, field, rawValue);
        }

        Outcome send(Tenant tenant, byte[] body, String contentType) {
            URI uri = tenant.api.uri(path);
            return Outcome.of(tenant.api.sendBytes(method, uri, body, contentType));
        }
    }

    /**
     * One vendor with a product of a Subscription, a PayPerUse and a Floating module, a template of each, two
     * licensees with licenses, a READ_ONLY key and a key limited to the first licensee; {@link #changes(List)} compares
     * everything the vendor can read with what it read when created.
     */
    static final class Tenant {

        static final List<String> LISTS = List.of(
                "products", "product-modules", "license-templates", "licensees", "licenses", "api-keys", "vendor");
        static final long CREDITS = 10;

        final Api api;
        final LoopbackClient raw;
        final String username;
        final String basic;
        final String product;
        final String module;
        final String credits;
        final String template;
        final String creditTemplate;
        final String licensee;
        final String otherLicensee;
        final String license;
        final String readOnlyKey;
        final String limitedKey;
        final List<String> tokens = new ArrayList<>();
        private final List<String> before;

        private Tenant(URL base, String label) {
            api = Api.signUpVendor(base, label);
            raw = LoopbackClient.at("127.0.0.1", base);
            username = api.username();
            basic = "Basic " + b64(username + ":" + Api.PASSWORD);
            product = Api.unique("P");
            module = Api.unique("M");
            credits = Api.unique("M");
            template = Api.unique("T");
            creditTemplate = Api.unique("T");
            licensee = Api.unique("C");
            otherLicensee = Api.unique("C");
            license = Api.unique("L");
            Seed.product(api, product);
            Seed.module(api, product, module, "licensingModel", "Subscription");
            Seed.module(api, product, credits, "licensingModel", "PayPerUse");
            Seed.template(
                    api, module, template, "licenseType", "TIMEVOLUME", "timeVolume", 12, "timeVolumePeriod", "MONTH");
            Seed.template(api, credits, creditTemplate, "licenseType", "QUANTITY", "quantity", CREDITS);
            Seed.licensee(api, product, licensee);
            Seed.licensee(api, product, otherLicensee);
            Seed.license(api, licensee, template, license);
            Seed.license(api, licensee, creditTemplate, Api.unique("L"));
            Seed.license(api, otherLicensee, template, Api.unique("L"));
            readOnlyKey = api.post("api-keys", Json.object("role", "READ_ONLY", "description", "fuzz read-only"))
                    .created()
                    .getString("secret");
            limitedKey = api.post(
                            "api-keys",
                            Json.object("role", "READ_ONLY", "description", "fuzz limited", "licenseeNumber", licensee))
                    .created()
                    .getString("secret");
            tokens.addAll(List.of(
                    username,
                    product,
                    module,
                    credits,
                    template,
                    creditTemplate,
                    licensee,
                    otherLicensee,
                    license,
                    readOnlyKey,
                    limitedKey));
            tokens.add(api.get("vendor").ok().getString("number"));
            before = state();
        }

        static Tenant create(URL base, String label) {
            return new Tenant(base, label);
        }

        /** The endpoints that read a body, aimed at this vendor's own entities. */
        List<Endpoint> bodyEndpoints() {
            return List.of(
                    endpoint("POST", "products", fields("number", q(Api.unique("FZ")), "name", q("x"))),
                    endpoint("PATCH", "products/" + product, fields("name", q("Renamed"), "active", "true")),
                    endpoint(
                            "POST",
                            "product-modules",
                            fields(
                                    "number",
                                    q(Api.unique("FZ")),
                                    "name",
                                    q("m"),
                                    "productNumber",
                                    q(product),
                                    "licensingModel",
                                    q("Subscription"))),
                    endpoint("PATCH", "product-modules/" + module, fields("name", q("Renamed"))),
                    endpoint(
                            "POST",
                            "license-templates",
                            fields(
                                    "number",
                                    q(Api.unique("FZ")),
                                    "name",
                                    q("t"),
                                    "productModuleNumber",
                                    q(credits),
                                    "licenseType",
                                    q("QUANTITY"),
                                    "quantity",
                                    "5")),
                    endpoint("PATCH", "license-templates/" + template, fields("name", q("Renamed"), "timeVolume", "6")),
                    endpoint(
                            "POST",
                            "licensees",
                            fields(
                                    "number",
                                    q(Api.unique("FZ")),
                                    "name",
                                    q("c"),
                                    "productNumber",
                                    q(product),
                                    "properties",
                                    "{\"region\":\"eu\"}")),
                    endpoint("PATCH", "licensees/" + licensee, fields("name", q("Renamed"), "active", "false")),
                    endpoint(
                            "POST",
                            "licenses",
                            fields(
                                    "number",
                                    q(Api.unique("FZ")),
                                    "licenseeNumber",
                                    q(licensee),
                                    "licenseTemplateNumber",
                                    q(creditTemplate),
                                    "quantity",
                                    "3")),
                    endpoint("PATCH", "licenses/" + license, fields("active", "false", "timeVolume", "2")),
                    validate(),
                    endpoint(
                            "POST",
                            "licensees/" + licensee + "/offline-license",
                            fields("productNumber", q(product), "validDays", "7", "nonce", q("n"))),
                    endpoint("POST", "api-keys", fields("role", q("READ_ONLY"), "description", q("d"))),
                    endpoint("PATCH", "vendor", fields("name", q("Renamed"), "timeZone", q("Europe/Berlin"))),
                    new Endpoint(
                            "POST",
                            "vendors",
                            "vendors",
                            fields(
                                    "vendorName",
                                    q("V"),
                                    "email",
                                    q(Api.unique("fz") + "@example.com"),
                                    "username",
                                    q(Api.unique("fz")),
                                    "password",
                                    q("a long password"))));
        }

        /** A consuming validation: refused, it must consume nothing. */
        Endpoint validate() {
            return endpoint(
                    "POST",
                    "licensees/" + licensee + "/validate",
                    fields(
                            "productNumber",
                            q(product),
                            "dryRun",
                            "false",
                            "modules",
                            "{\"" + credits + "\":{\"usedQuantity\":\"1\"}}"));
        }

        private Endpoint endpoint(String method, String path, Map<String, String> fields) {
            return new Endpoint(method, path, shape(path), fields);
        }

        /** A path with this vendor's numbers replaced by what they stand for. */
        String shape(String path) {
            return path.replace(licensee, "{number}")
                    .replace(otherLicensee, "{number}")
                    .replace(license, "{number}")
                    .replace(product, "{number}")
                    .replace(template, "{number}")
                    .replace(module, "{number}");
        }

        /** Which of this vendor's identifiers and secrets appear in {@code text}. */
        List<String> tokensIn(String text) {
            return tokens.stream().filter(text::contains).toList();
        }

        long remainingCredits() {
            var answer = api.post(
                            "licensees/" + licensee + "/validate",
                            Json.object("productNumber", product, "dryRun", true))
                    .ok();
            return Broker.module(answer, credits)
                    .getJsonNumber("remainingQuantity")
                    .longValue();
        }

        /** What differs from the state when created, but in the parts named, each as "what: before → after". */
        List<String> changes(List<String> expectedToChange) {
            List<String> after = state();
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                String was = before.get(i);
                String is = after.get(i);
                boolean expected = expectedToChange.stream().anyMatch(part -> was.startsWith(part + ":"));
                if (!expected && !was.equals(is)) {
                    differences.add(username + ": " + abbreviated(was) + " → " + abbreviated(is));
                }
            }
            return differences;
        }

        /**
         * Everything of this vendor that a change would touch: its lists (API keys without when they were last
         * used), its audit and the remaining credits the Broker reports; a refused request changes none of it.
         */
        private List<String> state() {
            List<String> state = new ArrayList<>();
            for (String list : LISTS) {
                String separator = list.equals("vendor") ? "" : "?size=100";
                state.add(list + ": "
                        + api.get(list + separator).expect(200).body().replaceAll("\"lastUsedAt\":\"[^\"]*\",?", ""));
            }
            state.add("audit: " + api.get("audit?limit=100").expect(200).body());
            state.add("remaining: " + remainingCredits());
            return state;
        }

        private static String q(String text) {
            return HostileJson.quoted(text);
        }

        private static Map<String, String> fields(String... namesAndValues) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return fields;
        }
    }
}
