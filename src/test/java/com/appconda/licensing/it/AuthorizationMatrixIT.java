package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint of the API and two console pages, called by every kind of caller, each answer held to the
 * {@link #POLICY} table below. A cell passes when the status is the expected one, the answer shows nothing of
 * another vendor or (for a key limited to licensee L1) of another licensee, and nothing changed that the call
 * must not change: a cell's own target is read by vendor A's admin before and after the call, and the entities
 * of both vendors that no cell may change are compared before and after the whole matrix. State-changing cells
 * work on throwaway entities made for them, so the cells can run in any order ({@code -Dmatrix.seed=N} shuffles
 * them differently; the seed is printed). The result is printed as a table and written as Markdown to
 * {@code target/authorization-matrix.md}. The OpenAPI document must list no operation that the matrix misses.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    /** The test server's SMTP server (licensing.mail.smtp.port in the pom), for the weekly e-mail's rows. */
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(ReportMailIT.SMTP_PORT, "127.0.0.1", "smtp"));

    /**
     * The policy. Rows: the endpoints (a label the test maps to a request); columns: the callers. A cell is a
     * status; {@code *} adds "answers exactly like the same request with a number that exists nowhere" (same
     * status, same body but for the number); {@code login}: the login form in place of the page (Jakarta Security forwards to it, so the login returns to the page); {@code page}: the
     * console page itself; {@code not-found}: the console's "Page not found" page with status 404.
     *
     * <p>Callers: anon (no Authorization), wrong-pw (HTTP Basic, a real username, a wrong password), revoked
     * (Bearer of a revoked ADMIN key), user (vendor A's admin user, HTTP Basic), admin/ro/broker (API keys of
     * vendor A with the roles ADMIN, READ_ONLY, BROKER), ro@L1/broker@L1/admin@L1 (the same roles limited to
     * licensee L1), session (a logged-in console session cookie of vendor A's user), other (vendor B's admin
     * user, HTTP Basic), other-session (vendor B's console session cookie). L2 is A's other licensee.
     *
     * <p>A key limited to a licensee, whatever its role, may only read that licensee and its licenses, validate it,
     * issue its offline files and read the signing keys and licensing models: everything else is 403 (default
     * deny), and another licensee's number answers as a number that does not exist. Only admins list API keys.
     */
    static final String POLICY = """
            endpoint                                  | anon  | wrong-pw | revoked | user | admin | ro   | broker | ro@L1 | broker@L1 | admin@L1 | session | other | other-session
            POST vendors (sign-up)                    | 201   | 201      | 201     | 201  | 201   | 201  | 201    | 201   | 201       | 201      | 201     | 201   | 201
            GET ping                                  | 200   | 200      | 200     | 200  | 200   | 200  | 200    | 200   | 200       | 200      | 200     | 200   | 200
            GET vendor                                | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            PATCH vendor                              | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET vendor/public-key                     | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 200   | 200       | 200      | 401     | 200   | 401
            GET vendor/signing-keys                   | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 200   | 200       | 200      | 401     | 200   | 401
            GET vendor/signing-keys/{A's key}         | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 200   | 200       | 200      | 401     | 404*  | 401
            POST vendor/signing-keys (rotate)         | 401   | 401      | 401     | 201  | 201   | 403  | 403    | 403   | 403       | 403      | 401     | 201   | 401
            GET api-keys                              | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            POST api-keys                             | 401   | 401      | 401     | 201  | 201   | 403  | 403    | 403   | 403       | 403      | 401     | 201   | 401
            DELETE api-keys/{A's key}                 | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            GET audit                                 | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET reports/usage                         | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET reports/licensee-modules              | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET reports/model-mix                     | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET reports/node-anomalies                | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET reports/runs                          | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET reports/runs/{completed run}          | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            POST reports/runs                         | 401   | 401      | 401     | 202  | 202   | 403  | 403    | 403   | 403       | 403      | 401     | 202   | 401
            POST reports/runs/{completed run}/restart | 401   | 401      | 401     | 400  | 400   | 403  | 403    | 403   | 403       | 403      | 401     | 400   | 401
            POST reports/runs/{completed run}/stop    | 401   | 401      | 401     | 400  | 400   | 403  | 403    | 403   | 403       | 403      | 401     | 400   | 401
            GET reports/mail                          | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            PUT reports/mail                          | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            POST reports/mail/send                    | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            POST shop-tokens (for L1)                 | 401   | 401      | 401     | 201  | 201   | 403  | 201    | 403   | 201       | 201      | 401     | 400*  | 401
            POST shop-tokens (for L2)                 | 401   | 401      | 401     | 201  | 201   | 403  | 201    | 403   | 403       | 403      | 401     | 400*  | 401
            GET shop-tokens/{of L1}                   | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 200   | 200       | 200      | 401     | 404*  | 401
            GET shop-tokens/{of L2}                   | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 404*  | 404*      | 404*     | 401     | 404*  | 401
            DELETE shop-tokens/{throwaway of L1}      | 401   | 401      | 401     | 200  | 200   | 403  | 200    | 403   | 200       | 200      | 401     | 404*  | 401
            GET transactions                          | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET transactions/{cancelled}              | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            POST transactions/{cancelled}/refund      | 401   | 401      | 401     | 422  | 422   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            GET ledger                                | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET ledger/balances                       | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            GET licensing-models                      | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 200   | 200       | 200      | 401     | 200   | 401
            GET products                              | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            POST products                             | 401   | 401      | 401     | 201  | 201   | 403  | 403    | 403   | 403       | 403      | 401     | 201   | 401
            GET products/{P}                          | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            PATCH products/{throwaway}                | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            DELETE products/{throwaway}               | 401   | 401      | 401     | 204  | 204   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            GET product-modules                       | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            POST product-modules                      | 401   | 401      | 401     | 201  | 201   | 403  | 403    | 403   | 403       | 403      | 401     | 400*  | 401
            GET product-modules/{M}                   | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            PATCH product-modules/{throwaway}         | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            DELETE product-modules/{throwaway}        | 401   | 401      | 401     | 204  | 204   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            GET license-templates                     | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 200   | 401
            POST license-templates                    | 401   | 401      | 401     | 201  | 201   | 403  | 403    | 403   | 403       | 403      | 401     | 400*  | 401
            GET license-templates/{T}                 | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            PATCH license-templates/{throwaway}       | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            DELETE license-templates/{throwaway}      | 401   | 401      | 401     | 204  | 204   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            GET licensees                             | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 200   | 403       | 200      | 401     | 200   | 401
            POST licensees                            | 401   | 401      | 401     | 201  | 201   | 403  | 403    | 403   | 403       | 403      | 401     | 400*  | 401
            GET licensees/{L1}                        | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 200   | 403       | 200      | 401     | 404*  | 401
            GET licensees/{L2}                        | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 404*  | 403*      | 404*     | 401     | 404*  | 401
            PATCH licensees/{L1}                      | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            PATCH licensees/{throwaway}               | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            DELETE licensees/{throwaway}              | 401   | 401      | 401     | 204  | 204   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            GET licenses                              | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 200   | 403       | 200      | 401     | 200   | 401
            POST licenses (for L1)                    | 401   | 401      | 401     | 201  | 201   | 403  | 403    | 403   | 403       | 403      | 401     | 400*  | 401
            POST licenses (for L2)                    | 401   | 401      | 401     | 201  | 201   | 403  | 403    | 403   | 403       | 403      | 401     | 400*  | 401
            GET licenses/{of L1}                      | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 200   | 403       | 200      | 401     | 404*  | 401
            GET licenses/{of L2}                      | 401   | 401      | 401     | 200  | 200   | 200  | 403    | 404*  | 403*      | 404*     | 401     | 404*  | 401
            PATCH licenses/{throwaway of L1}          | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            PATCH licenses/{throwaway of L2}          | 401   | 401      | 401     | 200  | 200   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            DELETE licenses/{throwaway of L1}         | 401   | 401      | 401     | 204  | 204   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            DELETE licenses/{throwaway of L2}         | 401   | 401      | 401     | 204  | 204   | 403  | 403    | 403   | 403       | 403      | 401     | 404*  | 401
            POST validate L1 (dryRun)                 | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 200   | 200       | 200      | 401     | 404*  | 401
            POST validate L1 (usedQuantity)           | 401   | 401      | 401     | 200  | 200   | 403  | 200    | 403   | 200       | 200      | 401     | 404*  | 401
            POST validate L1 (checkOut)               | 401   | 401      | 401     | 200  | 200   | 403  | 200    | 403   | 200       | 200      | 401     | 404*  | 401
            POST validate L2 (dryRun)                 | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 403   | 403       | 403      | 401     | 404*  | 401
            POST validate L2 (usedQuantity)           | 401   | 401      | 401     | 200  | 200   | 403  | 200    | 403   | 403       | 403      | 401     | 404*  | 401
            POST offline-license L1                   | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 200   | 200       | 200      | 401     | 404*  | 401
            POST offline-license L2                   | 401   | 401      | 401     | 200  | 200   | 200  | 200    | 403   | 403       | 403      | 401     | 404*  | 401
            GET /console/index.xhtml                  | login | login    | login   | login| login | login| login  | login | login     | login    | page    | login | page
            GET /console/licensee/view.xhtml?number=L1| login | login    | login   | login| login | login| login  | login | login     | login    | page    | login | not-found*
            """;

    private static final String GHOST = "NOWHERE-0000000000";
    private static final String MARKDOWN = "target/authorization-matrix.md";
    /** Failed logins per username lock it after 10; each wrong-password username is used fewer times than that. */
    private static final int WRONG_PASSWORDS_PER_USERNAME = 8;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** The callers, in the order of the policy's columns. */
    enum Who {
        ANONYMOUS("anon"),
        WRONG_PASSWORD("wrong-pw"),
        REVOKED_KEY("revoked"),
        ADMIN_USER("user"),
        ADMIN_KEY("admin"),
        READ_ONLY_KEY("ro"),
        BROKER_KEY("broker"),
        READ_ONLY_L1("ro@L1"),
        BROKER_L1("broker@L1"),
        ADMIN_L1("admin@L1"),
        SESSION("session"),
        OTHER_ADMIN("other"),
        OTHER_SESSION("other-session");

        final String column;

        Who(String column) {
            this.column = column;
        }

        boolean ofOtherVendor() {
            return this == OTHER_ADMIN || this == OTHER_SESSION;
        }

        boolean limitedToL1() {
            return this == READ_ONLY_L1 || this == BROKER_L1 || this == ADMIN_L1;
        }

        boolean unauthenticated() {
            return this == ANONYMOUS || this == WRONG_PASSWORD || this == REVOKED_KEY;
        }

        boolean isSession() {
            return this == SESSION || this == OTHER_SESSION;
        }
    }

    enum Kind {
        STATUS,
        LOGIN,
        PAGE,
        NOT_FOUND
    }

    /** One expected cell value of the policy. */
    record Expect(String text, Kind kind, int status, boolean likeGhost) {

        static Expect parse(String text) {
            boolean ghost = text.endsWith("*");
            String plain = ghost ? text.substring(0, text.length() - 1) : text;
            return switch (plain) {
                case "login" -> new Expect(text, Kind.LOGIN, 302, ghost);
                case "page" -> new Expect(text, Kind.PAGE, 200, ghost);
                case "not-found" -> new Expect(text, Kind.NOT_FOUND, 404, ghost);
                default -> new Expect(text, Kind.STATUS, Integer.parseInt(plain), ghost);
            };
        }

        /** Whether the caller may do what it asks: the call goes through and may change what it targets. */
        boolean allowed() {
            return kind == Kind.PAGE || (kind == Kind.STATUS && status < 300);
        }
    }

    /** What one cell sends, what it may change, and what else it checks. */
    static final class Shot {
        final boolean console;
        final String method;
        final String path;
        final String body;
        /** The number that a ghost request replaces with one that exists nowhere. */
        String subject;
        /** What the call may change, as vendor A's admin reads it. */
        Supplier<String> state;
        /** Whether the state must stay the same whoever calls (reads, dry runs, offline files). */
        boolean changesNothing;
        /** For an allowed cell: how the state must have changed (a problem, or null); default: it changed. */
        BiFunction<String, String, String> effect = (before, after) ->
                before.equals(after) ? "an allowed change changed nothing: " + excerpt(after, 160) : null;
        /** For an allowed cell: a check of the answer (a problem, or null). */
        Function<Reply, String> allowedCheck;

        Runnable cleanup;

        Shot(boolean console, String method, String path, String body) {
            this.console = console;
            this.method = method;
            this.path = path;
            this.body = body;
        }

        Shot subject(String number) {
            this.subject = number;
            return this;
        }

        Shot state(Supplier<String> state) {
            this.state = state;
            return this;
        }

        Shot readOnly(Supplier<String> state) {
            this.state = state;
            this.changesNothing = true;
            return this;
        }

        Shot effect(BiFunction<String, String, String> effect) {
            this.effect = effect;
            return this;
        }

        Shot check(Function<Reply, String> check) {
            this.allowedCheck = check;
            return this;
        }

        Shot cleanup(Runnable cleanup) {
            this.cleanup = cleanup;
            return this;
        }

        Shot ghost() {
            Shot ghost = new Shot(
                    console, method, path.replace(subject, GHOST), body == null ? null : body.replace(subject, GHOST));
            ghost.subject = GHOST;
            return ghost;
        }

        String sent() {
            return path + " " + (body == null ? "" : body);
        }
    }

    /** A row of the matrix: its label in the policy, the API operation it calls (null for console pages). */
    record Row(String label, String operation, Function<Who, Shot> probe) {}

    /** One cell's outcome. */
    record Cell(Row row, Who who, Expect expected, String actual, List<String> problems, String excerpt) {

        boolean passed() {
            return problems.isEmpty();
        }
    }

    // ---- the data: vendor A with licensees L1 and L2, vendor B ("other"), the callers' credentials

    private Api owner;
    private Api other;
    private String a;
    private String x;
    private String aVendorNumber;
    private String aVendorName;
    private String xVendorNumber;
    private String product;
    private String parent;
    private String parentModule;
    private String moduleFeatures;
    private String modulePpu;
    private String moduleFloating;
    private String templateSub;
    private String templatePpu;
    private String templateFloating;
    private String l1;
    private String l2;
    private String l1Name;
    private String l2Name;
    private String l1License;
    private String l1ShopToken;
    private String l2ShopToken;
    private String cancelledTransaction;
    private String l2License;
    private String aKeyId;
    private long completedRun;
    private String xProduct;
    private String xLicensee;
    private final List<String> setupKeys = new ArrayList<>();
    private final Map<Who, String> secrets = new EnumMap<>(Who.class);
    private String ownerCookie;
    private String otherCookie;
    private String adminL1Refusal;
    private final List<String> aTokens = new ArrayList<>();
    private final List<String> xTokens = new ArrayList<>();
    private final Map<String, String> challengeOfRow = new LinkedHashMap<>();
    private String wrongPasswordUser;
    private int wrongPasswordUses;
    private int throwaways;

    @Test
    void everyEndpointAnswersEveryCallerAsThePolicySays() throws Exception {
        long started = System.nanoTime();
        setUp();
        Map<String, Row> rows = rows();
        Map<String, Map<Who, Expect>> policy = parsePolicy();
        List<String> structure = new ArrayList<>();
        if (!policy.keySet().equals(rows.keySet())) {
            structure.add("policy rows without a probe: " + minus(policy.keySet(), rows.keySet())
                    + "; probes without a policy row: " + minus(rows.keySet(), policy.keySet()));
        }

        List<Map.Entry<Row, Who>> order = new ArrayList<>();
        policy.keySet().stream().filter(rows::containsKey).forEach(label -> {
            for (Who who : Who.values()) {
                order.add(Map.entry(rows.get(label), who));
            }
        });
        long seed = Long.getLong("matrix.seed", 10L);
        Collections.shuffle(order, new Random(seed));

        Map<String, String> before = untouchable();
        Map<String, Map<Who, Cell>> cells = new LinkedHashMap<>();
        for (Map.Entry<Row, Who> entry : order) {
            Row row = entry.getKey();
            Who who = entry.getValue();
            Cell cell = run(row, who, policy.get(row.label()).get(who));
            cells.computeIfAbsent(row.label(), label -> new EnumMap<>(Who.class))
                    .put(who, cell);
        }
        Map<String, String> after = untouchable();
        before.forEach((what, was) -> {
            if (!was.equals(after.get(what))) {
                structure.add("the matrix changed " + what + ": " + excerpt(was, 300) + " -> "
                        + excerpt(after.get(what), 300));
            }
        });
        structure.addAll(uncoveredOperations(rows.values()));

        List<Cell> ordered = new ArrayList<>();
        policy.keySet().forEach(label -> {
            Map<Who, Cell> row = cells.getOrDefault(label, Map.of());
            for (Who who : Who.values()) {
                if (row.containsKey(who)) {
                    ordered.add(row.get(who));
                }
            }
        });
        List<Cell> failing = ordered.stream().filter(cell -> !cell.passed()).toList();
        long checked =
                ordered.stream().filter(cell -> !cell.actual().equals("n/a")).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = "%d cells, %d pass, %d fail (%d rows x %d callers, order seed %d, %.1f s)"
                .formatted(
                        checked,
                        checked - failing.size(),
                        failing.size(),
                        cells.size(),
                        Who.values().length,
                        seed,
                        seconds);
        System.out.println(text(policy.keySet(), cells, failing, structure, summary));
        Path markdown = Path.of(MARKDOWN);
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, markdown(policy.keySet(), cells, failing, structure, summary));

        List<String> problems = new ArrayList<>(structure);
        failing.forEach(cell -> problems.add(line(cell)));
        assertThat(problems)
                .as("failing cells of the authorization matrix (%s; table in %s)", summary, MARKDOWN)
                .isEmpty();
    }

    private void setUp() throws Exception {
        a = Api.unique("MXA");
        x = Api.unique("MXX");
        owner = Api.signUpVendor(base, "matrix-a");
        other = Api.signUpVendor(base, "matrix-b");
        aVendorName = "Matrix vendor " + a;
        aVendorNumber =
                owner.patch("vendor", Json.object("name", aVendorName)).ok().getString("number");
        xVendorNumber = other.patch("vendor", Json.object("name", "Matrix vendor " + x))
                .ok()
                .getString("number");

        product = a + "-P";
        Seed.product(owner, product, "name", "Product of " + a);
        moduleFeatures = a + "-MFEAT";
        modulePpu = a + "-MPPU";
        moduleFloating = a + "-MFLT";
        Seed.module(owner, product, moduleFeatures, "licensingModel", "MultiFeature");
        Seed.module(owner, product, modulePpu, "licensingModel", "PayPerUse");
        Seed.module(
                owner,
                product,
                moduleFloating,
                "licensingModel",
                "Floating",
                "properties",
                Json.object("maxCheckoutValidity", "600"));
        templateSub = a + "-TSUB";
        templatePpu = a + "-TPPU";
        templateFloating = a + "-TFLT";
        Seed.template(owner, moduleFeatures, templateSub, "licenseType", "FEATURE");
        Seed.template(owner, modulePpu, templatePpu, "licenseType", "QUANTITY", "quantity", 1_000_000);
        Seed.template(owner, moduleFloating, templateFloating, "licenseType", "FLOATING", "maxSessions", 1000);
        parent = a + "-PARENT";
        parentModule = a + "-PARENT-M";
        Seed.product(owner, parent, "name", "Throwaways' product of " + a);
        Seed.module(owner, parent, parentModule);
        Seed.template(owner, parentModule, a + "-PARENT-T");

        l1 = a + "-L1";
        l2 = a + "-L2";
        l1Name = "First customer of " + a.toLowerCase(Locale.ROOT);
        l2Name = "Second customer of " + a.toLowerCase(Locale.ROOT);
        Seed.licensee(owner, product, l1, "name", l1Name);
        Seed.licensee(owner, product, l2, "name", l2Name);
        for (String licensee : List.of(l1, l2)) {
            Seed.license(owner, licensee, templateSub, licensee + "-SUB");
            Seed.license(owner, licensee, templatePpu, licensee + "-PPU");
            Seed.license(owner, licensee, templateFloating, licensee + "-FLT");
        }
        l1License = l1 + "-SUB";
        l2License = l2 + "-SUB";
        aKeyId = owner.get("vendor/public-key").ok().getString("keyId");
        completedRun = completedReportRun();
        l1ShopToken = owner.post("shop-tokens", Json.object("licenseeNumber", l1))
                .created()
                .getString("number");
        l2ShopToken = owner.post("shop-tokens", Json.object("licenseeNumber", l2))
                .created()
                .getString("number");
        cancelledTransaction = cancelledTransaction();

        xProduct = x + "-P";
        xLicensee = x + "-L";
        Seed.product(other, xProduct, "name", "Product of " + x);
        Seed.module(other, xProduct, x + "-M");
        String xName = "Customer of " + x.toLowerCase(Locale.ROOT);
        Seed.licensee(other, xProduct, xLicensee, "name", xName);
        String xKeyId = other.get("vendor/public-key").ok().getString("keyId");

        secrets.put(Who.ADMIN_KEY, key("ADMIN", null));
        secrets.put(Who.READ_ONLY_KEY, key("READ_ONLY", null));
        secrets.put(Who.BROKER_KEY, key("BROKER", null));
        secrets.put(Who.READ_ONLY_L1, key("READ_ONLY", l1));
        secrets.put(Who.BROKER_L1, key("BROKER", l1));
        Reply adminL1 = owner.post(
                "api-keys", Json.object("role", "ADMIN", "licenseeNumber", l1, "description", "matrix admin@L1"));
        if (adminL1.status() == 201) {
            JsonObject created = adminL1.created();
            setupKeys.add(created.getString("number"));
            secrets.put(Who.ADMIN_L1, created.getString("secret"));
        } else {
            adminL1.clientError();
            adminL1Refusal = "the API refuses an ADMIN key limited to L1: " + adminL1.status() + " "
                    + excerpt(adminL1.body(), 200);
        }
        JsonObject doomed = owner.post("api-keys", Json.object("role", "ADMIN", "description", "matrix revoked"))
                .created();
        owner.withBearer(doomed.getString("secret")).get("vendor").ok();
        owner.delete("api-keys/" + doomed.getString("number")).ok();
        setupKeys.add(doomed.getString("number"));
        secrets.put(Who.REVOKED_KEY, doomed.getString("secret"));
        owner.withBearer(doomed.getString("secret")).get("vendor").expect(401);

        ownerCookie = consoleLogIn(owner.username());
        otherCookie = consoleLogIn(other.username());

        aTokens.addAll(List.of(aVendorNumber, aVendorName, owner.username(), aKeyId, l1Name, l2Name));
        aTokens.addAll(setupKeys);
        xTokens.addAll(List.of(xVendorNumber, "Matrix vendor " + x, other.username(), xKeyId, xName));
    }

    private String key(String role, String licensee) {
        JsonObject request = Json.object("role", role, "description", "matrix " + role + " key");
        JsonObject created = owner.post(
                        "api-keys", licensee == null ? request : Json.with(request, "licenseeNumber", licensee))
                .created();
        setupKeys.add(created.getString("number"));
        return created.getString("secret");
    }

    // ---- the rows: what each label of the policy sends

    private Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        add(rows, "POST vendors (sign-up)", "POST vendors", who -> {
            String username = Api.unique("mxs").toLowerCase(Locale.ROOT);
            return api(
                    "POST",
                    "vendors",
                    Json.object(
                            "vendorName",
                            "Matrix sign-up",
                            "email",
                            username + "@example.com",
                            "username",
                            username,
                            "password",
                            Api.PASSWORD));
        });
        add(rows, "GET ping", "GET ping", who -> api("GET", "ping", null));
        add(
                rows,
                "GET vendor",
                "GET vendor",
                who -> api("GET", "vendor", null)
                        .check(reply ->
                                expectMember(reply, "number", who.ofOtherVendor() ? xVendorNumber : aVendorNumber)));
        add(
                rows,
                "PATCH vendor",
                "PATCH vendor",
                who -> api("PATCH", "vendor", Json.object("name", "Renamed by " + who.column))
                        .state(() -> owner.get("vendor").ok().toString())
                        .cleanup(() -> owner.patch("vendor", Json.object("name", aVendorName))
                                .ok()));
        add(rows, "GET vendor/public-key", "GET vendor/public-key", who -> api("GET", "vendor/public-key", null));
        add(rows, "GET vendor/signing-keys", "GET vendor/signing-keys", who -> api("GET", "vendor/signing-keys", null));
        add(
                rows,
                "GET vendor/signing-keys/{A's key}",
                "GET vendor/signing-keys/{keyId}",
                who -> api("GET", "vendor/signing-keys/" + aKeyId, null).subject(aKeyId));
        add(
                rows,
                "POST vendor/signing-keys (rotate)",
                "POST vendor/signing-keys",
                who -> api("POST", "vendor/signing-keys", null)
                        .state(() -> owner.get("vendor/public-key").ok().getString("keyId")));
        add(rows, "GET api-keys", "GET api-keys", who -> api("GET", "api-keys", null));
        add(
                rows,
                "POST api-keys",
                "POST api-keys",
                who -> api("POST", "api-keys", Json.object("role", "READ_ONLY", "description", "made by " + who.column))
                        .state(this::keyNumbers));
        add(rows, "DELETE api-keys/{A's key}", "DELETE api-keys/{number}", who -> {
            String number = owner.post("api-keys", Json.object("role", "READ_ONLY", "description", "throwaway"))
                    .created()
                    .getString("number");
            return api("DELETE", "api-keys/" + number, null).subject(number).state(() -> keyState(number));
        });
        add(rows, "GET audit", "GET audit", who -> api("GET", "audit", null));
        add(rows, "GET licensing-models", "GET licensing-models", who -> api("GET", "licensing-models", null));
        reports(rows);
        reportMail(rows);
        shopAndPayments(rows);

        catalog(
                rows,
                "products",
                product,
                () -> Seed.product(owner, throwaway()).getString("number"),
                number -> Json.object("number", number, "name", "Throwaway " + number));
        catalog(
                rows,
                "product-modules",
                moduleFeatures,
                () -> Seed.module(owner, parent, throwaway()).getString("number"),
                number -> Json.object(
                        "number",
                        number,
                        "name",
                        "Throwaway " + number,
                        "productNumber",
                        parent,
                        "licensingModel",
                        "Subscription"));
        catalog(
                rows,
                "license-templates",
                templateSub,
                () -> Seed.template(owner, parentModule, throwaway()).getString("number"),
                number -> Json.object(
                        "number",
                        number,
                        "name",
                        "Throwaway " + number,
                        "productModuleNumber",
                        parentModule,
                        "licenseType",
                        "FEATURE"));

        add(
                rows,
                "GET licensees",
                "GET licensees",
                who -> api("GET", "licensees?size=500", null).check(reply -> onlyL1(who, reply, "number", l1)));
        add(rows, "POST licensees", "POST licensees", who -> {
            String number = newNumber(who);
            return api(
                            "POST",
                            "licensees",
                            Json.object("number", number, "name", "Throwaway " + number, "productNumber", parent))
                    .subject(parent)
                    .state(() -> ownerRead("licensees/" + number));
        });
        add(
                rows,
                "GET licensees/{L1}",
                "GET licensees/{number}",
                who -> api("GET", "licensees/" + l1, null)
                        .subject(l1)
                        .check(reply -> expectMember(reply, "number", l1)));
        add(
                rows,
                "GET licensees/{L2}",
                "GET licensees/{number}",
                who -> api("GET", "licensees/" + l2, null)
                        .subject(l2)
                        .check(reply -> expectMember(reply, "number", l2)));
        add(
                rows,
                "PATCH licensees/{L1}",
                "PATCH licensees/{number}",
                who -> api("PATCH", "licensees/" + l1, Json.object("markedForTransfer", true))
                        .subject(l1)
                        .state(() -> ownerRead("licensees/" + l1))
                        .cleanup(() -> owner.patch("licensees/" + l1, Json.object("markedForTransfer", false))
                                .ok()));
        add(rows, "PATCH licensees/{throwaway}", "PATCH licensees/{number}", who -> {
            String number = Seed.licensee(owner, parent, throwaway()).getString("number");
            return api("PATCH", "licensees/" + number, Json.object("name", "Patched by " + who.column))
                    .subject(number)
                    .state(() -> ownerRead("licensees/" + number));
        });
        add(rows, "DELETE licensees/{throwaway}", "DELETE licensees/{number}", who -> {
            String number = Seed.licensee(owner, parent, throwaway()).getString("number");
            return api("DELETE", "licensees/" + number, null)
                    .subject(number)
                    .state(() -> ownerRead("licensees/" + number));
        });

        add(
                rows,
                "GET licenses",
                "GET licenses",
                who -> api("GET", "licenses?size=500", null)
                        .check(reply -> onlyL1(who, reply, "licenseeNumber", l1License)));
        for (String licensee : List.of("L1", "L2")) {
            String number = licensee.equals("L1") ? l1 : l2;
            add(rows, "POST licenses (for " + licensee + ")", "POST licenses", who -> {
                String license = who.ofOtherVendor() ? newNumber(who) : number + "-T" + (++throwaways);
                return api(
                                "POST",
                                "licenses",
                                Json.object(
                                        "number",
                                        license,
                                        "licenseeNumber",
                                        number,
                                        "licenseTemplateNumber",
                                        templateSub))
                        .subject(number)
                        .state(() -> ownerRead("licenses/" + license));
            });
        }
        add(
                rows,
                "GET licenses/{of L1}",
                "GET licenses/{number}",
                who -> api("GET", "licenses/" + l1License, null)
                        .subject(l1License)
                        .check(reply -> expectMember(reply, "licenseeNumber", l1)));
        add(
                rows,
                "GET licenses/{of L2}",
                "GET licenses/{number}",
                who -> api("GET", "licenses/" + l2License, null)
                        .subject(l2License)
                        .check(reply -> expectMember(reply, "licenseeNumber", l2)));
        for (String licensee : List.of("L1", "L2")) {
            String number = licensee.equals("L1") ? l1 : l2;
            add(rows, "PATCH licenses/{throwaway of " + licensee + "}", "PATCH licenses/{number}", who -> {
                String license = throwawayLicense(number);
                return api("PATCH", "licenses/" + license, Json.object("name", "Patched by " + who.column))
                        .subject(license)
                        .state(() -> ownerRead("licenses/" + license));
            });
            add(rows, "DELETE licenses/{throwaway of " + licensee + "}", "DELETE licenses/{number}", who -> {
                String license = throwawayLicense(number);
                return api("DELETE", "licenses/" + license, null)
                        .subject(license)
                        .state(() -> ownerRead("licenses/" + license));
            });
        }

        for (String licensee : List.of("L1", "L2")) {
            String number = licensee.equals("L1") ? l1 : l2;
            add(
                    rows,
                    "POST validate " + licensee + " (dryRun)",
                    "POST licensees/{licenseeNumber}/validate",
                    who -> api(
                                    "POST",
                                    "licensees/" + number + "/validate",
                                    Json.object(
                                            "productNumber",
                                            product,
                                            "dryRun",
                                            true,
                                            "modules",
                                            Map.of(
                                                    modulePpu,
                                                    Map.of("usedQuantity", 1),
                                                    moduleFloating,
                                                    Map.of("sessionId", "dry-" + who.column, "action", "checkOut"))))
                            .subject(number)
                            .readOnly(() -> consumption(number))
                            .check(AuthorizationMatrixIT::signed));
            add(
                    rows,
                    "POST validate " + licensee + " (usedQuantity)",
                    "POST licensees/{licenseeNumber}/validate",
                    who -> api(
                                    "POST",
                                    "licensees/" + number + "/validate",
                                    Json.object(
                                            "productNumber",
                                            product,
                                            "modules",
                                            Map.of(modulePpu, Map.of("usedQuantity", 1))))
                            .subject(number)
                            .state(() -> consumption(number))
                            .effect((before, after) -> changedBy(before, after, "remaining", -1))
                            .check(AuthorizationMatrixIT::signed));
            add(
                    rows,
                    "POST offline-license " + licensee,
                    "POST licensees/{licenseeNumber}/offline-license",
                    who -> api(
                                    "POST",
                                    "licensees/" + number + "/offline-license",
                                    Json.object("productNumber", product, "validDays", 1))
                            .subject(number)
                            .readOnly(() -> consumption(number)));
        }
        add(rows, "POST validate L1 (checkOut)", "POST licensees/{licenseeNumber}/validate", who -> {
            String session = Api.unique("seat-" + who.column);
            return api(
                            "POST",
                            "licensees/" + l1 + "/validate",
                            Json.object(
                                    "productNumber",
                                    product,
                                    "modules",
                                    Map.of(moduleFloating, Map.of("sessionId", session, "action", "checkOut"))))
                    .subject(l1)
                    .state(() -> consumption(l1))
                    .effect((before, after) -> changedBy(before, after, "seatsInUse", 1))
                    .check(AuthorizationMatrixIT::signed)
                    .cleanup(() -> owner.post(
                                    "licensees/" + l1 + "/validate",
                                    Json.object(
                                            "productNumber",
                                            product,
                                            "modules",
                                            Map.of(moduleFloating, Map.of("sessionId", session, "action", "checkIn"))))
                            .ok());
        });

        add(rows, "GET /console/index.xhtml", null, who -> new Shot(true, "GET", "console/index.xhtml", null));
        add(
                rows,
                "GET /console/licensee/view.xhtml?number=L1",
                null,
                who -> new Shot(true, "GET", "console/licensee/view.xhtml?number=" + l1, null)
                        .subject(l1)
                        .check(reply -> reply.body().contains(l1Name) ? null : "the page does not show L1"));
        return rows;
    }

    private static void add(Map<String, Row> rows, String label, String operation, Function<Who, Shot> probe) {
        rows.put(label, new Row(label, operation, probe));
    }

    /** List, create, read, change and delete of one catalog collection. */
    private void catalog(
            Map<String, Row> rows,
            String collection,
            String fixed,
            Supplier<String> makeThrowaway,
            Function<String, JsonObject> createBody) {
        String single = collection + "/{number}";
        String letter = switch (collection) {
            case "products" -> "P";
            case "product-modules" -> "M";
            default -> "T";
        };
        add(rows, "GET " + collection, "GET " + collection, who -> api("GET", collection + "?size=500", null));
        add(rows, "POST " + collection, "POST " + collection, who -> {
            String number = newNumber(who);
            JsonObject body = createBody.apply(number);
            Shot shot = api("POST", collection, body).state(() -> ownerRead(collection + "/" + number));
            return collection.equals("products")
                    ? shot
                    : shot.subject(collection.equals("product-modules") ? parent : parentModule);
        });
        add(
                rows,
                "GET " + collection + "/{" + letter + "}",
                "GET " + single,
                who -> api("GET", collection + "/" + fixed, null)
                        .subject(fixed)
                        .check(reply -> expectMember(reply, "number", fixed)));
        add(rows, "PATCH " + collection + "/{throwaway}", "PATCH " + single, who -> {
            String number = makeThrowaway.get();
            return api("PATCH", collection + "/" + number, Json.object("name", "Patched by " + who.column))
                    .subject(number)
                    .state(() -> ownerRead(collection + "/" + number));
        });
        add(rows, "DELETE " + collection + "/{throwaway}", "DELETE " + single, who -> {
            String number = makeThrowaway.get();
            return api("DELETE", collection + "/" + number, null)
                    .subject(number)
                    .state(() -> ownerRead(collection + "/" + number));
        });
    }

    /**
     * The reports: reading them is for every role of the vendor; the job's runs are the server's, not a vendor's
     * (a run recomputes every vendor's days), so any vendor's admin may start one, and a run holds no vendor's data.
     */
    private void reports(Map<String, Row> rows) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String range = "?from=" + today + "&to=" + today;
        for (String report : List.of("usage", "licensee-modules", "model-mix", "node-anomalies")) {
            add(
                    rows,
                    "GET reports/" + report,
                    "GET reports/" + report,
                    who -> api("GET", "reports/" + report + range, null));
        }
        add(rows, "GET reports/runs", "GET reports/runs", who -> api("GET", "reports/runs", null));
        add(
                rows,
                "GET reports/runs/{completed run}",
                "GET reports/runs/{id}",
                who -> api("GET", "reports/runs/" + completedRun, null));
        add(rows, "POST reports/runs", "POST reports/runs", who -> {
            Shot start = api("POST", "reports/runs", Json.object("from", today, "to", today));
            // Another vendor's admin may start a run too: the history is the server's, so it changes.
            return who.ofOtherVendor() ? start : start.state(this::latestRun);
        });
        for (String action : List.of("restart", "stop")) {
            add(
                    rows,
                    "POST reports/runs/{completed run}/" + action,
                    "POST reports/runs/{id}/" + action,
                    who -> api("POST", "reports/runs/" + completedRun + "/" + action, null)
                            .state(() -> owner.get("reports/runs/" + completedRun)
                                    .ok()
                                    .getString("status")));
        }
    }

    /**
     * The weekly report e-mail: its settings are the vendor's, read by every role, changed by admins; sending one
     * now is an admin's (the test server's SMTP server is this class's GreenMail).
     */
    private void reportMail(Map<String, Row> rows) {
        add(rows, "GET reports/mail", "GET reports/mail", who -> api("GET", "reports/mail", null));
        add(rows, "PUT reports/mail", "PUT reports/mail", who -> {
            Shot save = api(
                    "PUT",
                    "reports/mail",
                    Json.object(
                            "recipient", Api.unique("bi").toLowerCase(Locale.ROOT) + "@vendor.test", "enabled", true));
            return who.ofOtherVendor()
                    ? save
                    : save.state(() -> owner.get("reports/mail").body());
        });
        add(rows, "POST reports/mail/send", "POST reports/mail/send", who -> {
            Shot send = api("POST", "reports/mail/send", null);
            return who.ofOtherVendor() ? send : send.state(() -> Integer.toString(SMTP.getReceivedMessages().length));
        });
    }

    /**
     * Shop tokens are the vendor software's (a Broker key asks for one, a key limited to a licensee for that one
     * alone; a read-only key reads but makes none); transactions and the ledger are read like the audit trail, and a
     * refund is an admin's (asked of a cancelled transaction, it is refused as never paid and changes nothing).
     */
    private void shopAndPayments(Map<String, Row> rows) {
        for (String licensee : List.of("L1", "L2")) {
            String number = licensee.equals("L1") ? l1 : l2;
            add(
                    rows,
                    "POST shop-tokens (for " + licensee + ")",
                    "POST shop-tokens",
                    who -> api("POST", "shop-tokens", Json.object("licenseeNumber", number))
                            .subject(number));
            String token = licensee.equals("L1") ? l1ShopToken : l2ShopToken;
            add(
                    rows,
                    "GET shop-tokens/{of " + licensee + "}",
                    "GET shop-tokens/{number}",
                    who -> api("GET", "shop-tokens/" + token, null)
                            .subject(token)
                            .readOnly(() -> ownerRead("shop-tokens/" + token)));
        }
        add(rows, "DELETE shop-tokens/{throwaway of L1}", "DELETE shop-tokens/{number}", who -> {
            String number = owner.post("shop-tokens", Json.object("licenseeNumber", l1))
                    .created()
                    .getString("number");
            return api("DELETE", "shop-tokens/" + number, null)
                    .subject(number)
                    .state(() -> ownerRead("shop-tokens/" + number));
        });
        add(rows, "GET transactions", "GET transactions", who -> api("GET", "transactions", null));
        add(
                rows,
                "GET transactions/{cancelled}",
                "GET transactions/{number}",
                who -> api("GET", "transactions/" + cancelledTransaction, null)
                        .subject(cancelledTransaction)
                        .readOnly(() -> ownerRead("transactions/" + cancelledTransaction)));
        add(
                rows,
                "POST transactions/{cancelled}/refund",
                "POST transactions/{number}/refund",
                who -> api("POST", "transactions/" + cancelledTransaction + "/refund", null)
                        .subject(cancelledTransaction)
                        .readOnly(() -> ownerRead("transactions/" + cancelledTransaction)));
        add(rows, "GET ledger", "GET ledger", who -> api("GET", "ledger", null));
        add(rows, "GET ledger/balances", "GET ledger/balances", who -> api("GET", "ledger/balances", null));
    }

    /** A transaction of A's that a buyer checked out and then cancelled on the sandbox page. */
    private String cancelledTransaction() {
        String shopUrl = owner.post(
                        "shop-tokens",
                        Json.object("licenseeNumber", l2, "licenseTemplateNumbers", Json.array(templateSub)))
                .created()
                .getString("shopUrl");
        ShopBuyer buyer = new ShopBuyer(owner.serverRoot());
        ShopBuyer.Page sandbox = buyer.checkout(buyer.get(shopUrl), "DE", "matrix-buyer@example.com");
        buyer.follow(buyer.post(sandbox, "payForm", "cancel"));
        return LicenseeApiIT.items(owner.get("transactions?status=CANCELLED").ok())
                .get(0)
                .getString("number");
    }

    /** A run of the report job for today, once it has completed: a run that neither stops nor restarts. */
    private long completedReportRun() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        long run = owner.post("reports/runs", Json.object("from", today, "to", today))
                .jsonWith(202)
                .getJsonNumber("executionId")
                .longValue();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> owner.get("reports/runs/" + run).ok().getString("status"), "COMPLETED"::equals);
        return run;
    }

    private String latestRun() {
        return owner.get("reports/runs")
                .jsonArray()
                .getJsonObject(0)
                .get("executionId")
                .toString();
    }

    private static Shot api(String method, String path, JsonValue body) {
        return new Shot(false, method, path, body == null ? null : body.toString());
    }

    private String throwaway() {
        return a + "-T" + (++throwaways);
    }

    /**
     * The number a create request asks for: one of vendor A's numbers, or for the other vendor (whose create
     * succeeds in its own account) one of its own, so that its lists show none of A's numbers by right.
     */
    private String newNumber(Who who) {
        return (who.ofOtherVendor() ? x : a) + "-T" + (++throwaways);
    }

    private String throwawayLicense(String licensee) {
        return Seed.license(owner, licensee, templateSub, licensee + "-T" + (++throwaways))
                .getString("number");
    }

    // ---- running one cell

    private Cell run(Row row, Who who, Expect expected) {
        if (who == Who.ADMIN_L1 && adminL1Refusal != null) {
            return new Cell(row, who, expected, "n/a", List.of(), adminL1Refusal);
        }
        List<String> problems = new ArrayList<>();
        Reply reply = null;
        String actual = "error";
        try {
            Shot shot = row.probe().apply(who);
            String before = shot.state == null ? null : shot.state.get();
            reply = send(who, shot);
            actual = actual(shot, reply);
            boolean statusMatches = matches(expected, reply);
            if (!statusMatches) {
                problems.add("expected " + expected.text() + ", got " + actual);
            } else {
                problems.addAll(detailProblems(row, who, expected, reply));
                if (expected.allowed() && shot.allowedCheck != null) {
                    String problem = shot.allowedCheck.apply(reply);
                    if (problem != null) {
                        problems.add(problem);
                    }
                }
            }
            if (expected.likeGhost()) {
                Reply ghost = send(who, shot.ghost());
                String expectedBody = withoutNonces(ghost.body().replace(GHOST, shot.subject));
                String actualBody = withoutNonces(reply.body());
                if (ghost.status() != reply.status() || !expectedBody.equals(actualBody)) {
                    problems.add("answers unlike a number that exists nowhere: " + ghost.status() + ", "
                            + firstDifference(expectedBody, actualBody));
                }
            }
            problems.addAll(leaks(who, shot, reply));
            if (shot.state != null) {
                String after = shot.state.get();
                boolean mustStay = shot.changesNothing || !expected.allowed() || who.ofOtherVendor();
                if (mustStay && !after.equals(before)) {
                    problems.add("changed " + excerpt(before, 160) + " -> " + excerpt(after, 160));
                } else if (!mustStay && statusMatches) {
                    String problem = shot.effect.apply(before, after);
                    if (problem != null) {
                        problems.add(problem);
                    }
                }
            }
            if (shot.cleanup != null) {
                shot.cleanup.run();
            }
        } catch (RuntimeException | AssertionError e) {
            problems.add("error: " + excerpt(String.valueOf(e.getMessage()), 300));
        }
        return new Cell(row, who, expected, actual, problems, reply == null ? "" : excerpt(reply.body(), 160));
    }

    private static boolean matches(Expect expected, Reply reply) {
        return switch (expected.kind()) {
            case LOGIN -> isLoginForm(reply) && !isConsolePage(reply);
            case PAGE -> reply.status() == 200 && isConsolePage(reply);
            case NOT_FOUND -> reply.status() == 404 && reply.body().contains("Page not found");
            case STATUS -> reply.status() == expected.status();
        };
    }

    /**
     * The login form in place of the page asked for: Jakarta Security forwards to it (status 200, the address
     * unchanged) so that the login can return to the page afterwards; nothing of the page is sent.
     */
    private static boolean isLoginForm(Reply reply) {
        return reply.status() == 200 && reply.body().contains("id=\"loginForm\"");
    }

    /** A page's script nonces differ from one answer to the next by design (CSP); they say nothing of the data. */
    private static String withoutNonces(String body) {
        return body.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"")
                .replaceAll("PrimeFaces\\.csp\\.init\\('[^']*'\\)", "PrimeFaces.csp.init('')");
    }

    private static boolean isConsolePage(Reply reply) {
        return reply.body().contains("id=\"sessionForm\"");
    }

    /** The answer as the table shows it. */
    private static String actual(Shot shot, Reply reply) {
        if (!shot.console) {
            return String.valueOf(reply.status());
        }
        String location = reply.header("Location");
        if (location != null) {
            return reply.status() + ">" + URI.create(location).getPath();
        }
        if (reply.body().contains("id=\"loginForm\"")) {
            return reply.status() + ":login";
        }
        if (reply.body().contains("Page not found")) {
            return reply.status() + ":not-found";
        }
        return reply.status() + (isConsolePage(reply) ? ":page" : "");
    }

    /** What an answer of the right status must also be: the challenge, the problem types. */
    private List<String> detailProblems(Row row, Who who, Expect expected, Reply reply) {
        List<String> problems = new ArrayList<>();
        if (expected.kind() != Kind.STATUS || row.operation() == null) {
            return problems;
        }
        String type = problemType(reply);
        switch (expected.status()) {
            case 401 -> {
                String challenge = reply.header("WWW-Authenticate");
                if (challenge == null || !challenge.contains("Basic") || !challenge.contains("Bearer")) {
                    problems.add("401 without a Basic and Bearer challenge: " + challenge);
                }
                // A revoked key is told so (integration finding 10), every other refused credential alike.
                String expectedType = who == Who.REVOKED_KEY ? "api-key-revoked" : "unauthenticated";
                if (!expectedType.equals(type)) {
                    problems.add("401 of problem type " + type + ", not " + expectedType);
                }
                String first = challengeOfRow.putIfAbsent(row.label() + " " + expectedType, reply.body());
                if (first != null && !first.equals(reply.body())) {
                    problems.add("another 401 than the other refused credentials of this row: " + first);
                }
            }
            case 403 -> {
                if (!"forbidden".equals(type)) {
                    problems.add("403 of problem type " + type);
                }
            }
            case 404 -> {
                if (!"not-found".equals(type)) {
                    problems.add("404 of problem type " + type);
                }
            }
            default -> {}
        }
        return problems;
    }

    private static String problemType(Reply reply) {
        if (!Reply.PROBLEM.equals(reply.mediaType())) {
            return "(not a problem document: " + reply.mediaType() + ")";
        }
        String type = reply.json().getString("type", "");
        return type.startsWith(Reply.PROBLEM_TYPE_BASE) ? type.substring(Reply.PROBLEM_TYPE_BASE.length()) : type;
    }

    /**
     * Data the caller must not see in the answer: another vendor's numbers and names, and for a key limited to
     * L1 anything of L2. A number the request itself sent may come back (a 404 names it).
     */
    private List<String> leaks(Who who, Shot shot, Reply reply) {
        boolean authenticates = !who.unauthenticated() && !(who.isSession() && !shot.console);
        boolean seesNothingOfA = !authenticates || who.ofOtherVendor();
        boolean seesNothingOfB = !authenticates || !who.ofOtherVendor();
        List<String> prefixes = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        if (seesNothingOfA) {
            prefixes.add(a);
            exact.addAll(aTokens);
        }
        if (seesNothingOfB) {
            prefixes.add(x);
            exact.addAll(xTokens);
        }
        if (who.limitedToL1() && authenticates) {
            prefixes.add(l2);
            exact.add(l2Name);
        }
        String sent = shot.sent();
        String body = reply.body() == null ? "" : reply.body();
        Matcher numbers = Pattern.compile("(?:" + Pattern.quote(a) + "|" + Pattern.quote(x) + ")[A-Za-z0-9_-]*")
                .matcher(sent);
        while (numbers.find()) {
            body = body.replaceAll(Pattern.quote(numbers.group()) + "(?![A-Za-z0-9_-])", "");
        }
        List<String> problems = new ArrayList<>();
        for (String token : prefixes) {
            leak(body, token).ifPresent(problems::add);
        }
        for (String token : exact) {
            if (!sent.contains(token)) {
                leak(body, token).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static Optional<String> leak(String body, String token) {
        int at = body.indexOf(token);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of("shows data it must not see (" + token + "): ..."
                + excerpt(body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 80)), 160) + "...");
    }

    /** For a key limited to L1: a list holds L1's entries only, and L1's own entry is among them. */
    private String onlyL1(Who who, Reply reply, String member, String mustHave) {
        if (!who.limitedToL1()) {
            return null;
        }
        List<JsonObject> items = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> others = items.stream()
                .map(item -> item.getString(member, ""))
                .filter(value -> !value.equals(l1))
                .distinct()
                .toList();
        if (!others.isEmpty()) {
            return "the list of a key limited to L1 holds " + others.size() + " other licensees' entries, e.g. "
                    + others.subList(0, Math.min(3, others.size()));
        }
        boolean found =
                items.stream().anyMatch(item -> item.getString("number", "").equals(mustHave));
        return found ? null : "the list of a key limited to L1 misses " + mustHave;
    }

    private static String expectMember(Reply reply, String member, String value) {
        String actual = reply.json().getString(member, null);
        return value.equals(actual) ? null : member + " is " + actual + ", not " + value;
    }

    private static String signed(Reply reply) {
        return reply.header("Licensing-Signature") == null ? "no Licensing-Signature header" : null;
    }

    private static String changedBy(String before, String after, String what, long by) {
        long was = number(before, what);
        long is = number(after, what);
        return is - was == by ? null : what + " went from " + was + " to " + is + ", not by " + by;
    }

    private static long number(String state, String what) {
        Matcher matcher = Pattern.compile(what + "=(-?\\d+)").matcher(state);
        if (!matcher.find()) {
            throw new AssertionError("no " + what + " in " + state);
        }
        return Long.parseLong(matcher.group(1));
    }

    // ---- vendor A's admin reads the state that cells may change

    private String ownerRead(String path) {
        Reply reply = owner.get(path);
        return reply.status() + " " + reply.body();
    }

    private String keyNumbers() {
        return owner.get("api-keys").expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(key -> key.getString("number"))
                .sorted()
                .collect(Collectors.joining(","));
    }

    private String keyState(String number) {
        return owner.get("api-keys").expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(key -> key.getString("number").equals(number))
                .map(key -> "usable=" + key.getBoolean("usable") + " revokedAt=" + key.get("revokedAt"))
                .findFirst()
                .orElse("missing");
    }

    /** The PayPerUse units left and the floating seats held, from a dry run that consumes nothing. */
    private String consumption(String licensee) {
        JsonObject answer = owner.post(
                        "licensees/" + licensee + "/validate",
                        Json.object(
                                "productNumber",
                                product,
                                "dryRun",
                                true,
                                "modules",
                                Map.of(moduleFloating, Map.of("sessionId", "matrix-probe", "action", "checkIn"))))
                .ok();
        return "remaining=" + Broker.module(answer, modulePpu).getJsonNumber("remainingQuantity") + " seatsInUse="
                + Broker.module(answer, moduleFloating).getJsonNumber("seatsInUse");
    }

    /**
     * What no cell may change, read before and after the whole matrix: vendor A's profile, catalog, licensees and
     * licenses (without their revision, which a Broker write-off or a restored change moves), its keys made for
     * the callers, its first signing key; vendor B's product and licensee.
     */
    private Map<String, String> untouchable() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("A's vendor", ownerRead("vendor"));
        for (String path : List.of(
                "products/" + product,
                "products/" + parent,
                "product-modules/" + moduleFeatures,
                "product-modules/" + modulePpu,
                "product-modules/" + moduleFloating,
                "product-modules/" + parentModule,
                "license-templates/" + templateSub,
                "license-templates/" + templatePpu,
                "license-templates/" + templateFloating)) {
            state.put("A's " + path, ownerRead(path));
        }
        for (String licensee : List.of(l1, l2)) {
            state.put("A's licensees/" + licensee, withoutRevision(owner.get("licensees/" + licensee)));
            for (String suffix : List.of("-SUB", "-PPU", "-FLT")) {
                String path = "licenses/" + licensee + suffix;
                state.put("A's " + path, withoutRevision(owner.get(path)));
            }
        }
        Set<String> keys = new TreeSet<>();
        owner.get("api-keys").expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(key -> setupKeys.contains(key.getString("number")))
                .forEach(key -> keys.add(key.getString("number") + ":" + key.getString("role") + ":"
                        + key.get("licenseeNumber") + ":usable=" + key.getBoolean("usable")));
        state.put("A's API keys of the callers", keys.toString());
        state.put(
                "A's first signing key (but whether it is current)",
                Json.without(owner.get("vendor/signing-keys/" + aKeyId).ok(), "current", "retiredAt")
                        .toString());
        state.put(
                "B's products/" + xProduct,
                other.get("products/" + xProduct).ok().toString());
        state.put(
                "B's licensees/" + xLicensee,
                other.get("licensees/" + xLicensee).ok().toString());
        return state;
    }

    private static String withoutRevision(Reply reply) {
        return reply.status() + " " + Json.without(reply.ok(), "revision");
    }

    // ---- sending as a caller

    private Reply send(Who who, Shot shot) {
        URI uri;
        try {
            uri = base.toURI().resolve(shot.console ? shot.path : "api/v1/" + shot.path);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", shot.console ? "text/html" : "application/json, application/problem+json");
        switch (who) {
            case ANONYMOUS -> {}
            case WRONG_PASSWORD -> request.header("Authorization", basic(wrongPasswordUser(), "not the password"));
            case ADMIN_USER -> request.header("Authorization", basic(owner.username(), Api.PASSWORD));
            case OTHER_ADMIN -> request.header("Authorization", basic(other.username(), Api.PASSWORD));
            case SESSION -> request.header("Cookie", ownerCookie);
            case OTHER_SESSION -> request.header("Cookie", otherCookie);
            default -> request.header("Authorization", "Bearer " + secrets.get(who));
        }
        if (shot.body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                shot.method,
                shot.body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(shot.body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(shot.method + " " + uri, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(shot.method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A real username with a wrong password; a fresh one before the login throttle would lock it. */
    private String wrongPasswordUser() {
        if (wrongPasswordUser == null || wrongPasswordUses >= WRONG_PASSWORDS_PER_USERNAME) {
            wrongPasswordUser = Api.signUpVendor(base, "matrix-pw").username();
            wrongPasswordUses = 0;
        }
        wrongPasswordUses++;
        return wrongPasswordUser;
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Logs in on the console's form as a browser would and answers the session cookie. */
    private String consoleLogIn(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        URI login = base.toURI().resolve("login.xhtml");
        String page = browser.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String body = FacesForm.from(
                page,
                "loginForm",
                "loginForm",
                "loginForm:username",
                username,
                "loginForm:password",
                Api.PASSWORD,
                "loginForm:login",
                "");
        String landed = browser.send(
                        HttpRequest.newBuilder(login)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(landed).as("the console after logging in as %s", username).contains("id=\"sessionForm\"");
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie after logging in as " + username));
        return session.getName() + "=" + session.getValue();
    }

    // ---- coverage: every operation of the OpenAPI document has a row

    private List<String> uncoveredOperations(Iterable<Row> rows) {
        Reply document = owner.send("GET", owner.serverRoot().resolve("openapi?format=JSON"), null, null);
        JsonObject paths = document.expect(200).json().getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> {
            int api = path.indexOf("/api/v1/");
            if (api < 0) {
                return;
            }
            operations.asJsonObject().keySet().stream()
                    .filter(method -> Set.of("get", "post", "put", "patch", "delete", "head", "options")
                            .contains(method))
                    .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.substring(api + 8)));
        });
        Set<String> covered = new TreeSet<>();
        rows.forEach(row -> {
            if (row.operation() != null) {
                covered.add(row.operation());
            }
        });
        List<String> problems = new ArrayList<>();
        Set<String> missing = minus(documented, covered);
        if (!missing.isEmpty()) {
            problems.add("operations of the OpenAPI document without a row in the matrix: " + missing);
        }
        Set<String> unknown = minus(covered, documented);
        if (!unknown.isEmpty()) {
            problems.add("rows naming operations the OpenAPI document does not list: " + unknown);
        }
        return problems;
    }

    // ---- the policy table and the printed matrix

    private static Map<String, Map<Who, Expect>> parsePolicy() {
        List<String> lines = POLICY.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = cells(lines.get(0));
        assertThat(header.subList(1, header.size()))
                .as("the policy's columns")
                .isEqualTo(Arrays.stream(Who.values()).map(who -> who.column).toList());
        Map<String, Map<Who, Expect>> policy = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            assertThat(cells).as("cells of the policy row %s", line).hasSize(Who.values().length + 1);
            Map<Who, Expect> row = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                row.put(who, Expect.parse(cells.get(who.ordinal() + 1)));
            }
            assertThat(policy.put(cells.get(0), row))
                    .as("policy row %s once", cells.get(0))
                    .isNull();
        }
        return policy;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).toList();
    }

    private static <T> Set<T> minus(Set<T> from, Set<T> without) {
        Set<T> rest = new LinkedHashSet<>(from);
        rest.removeAll(without);
        return rest;
    }

    private static String shown(Cell cell) {
        if (cell == null) {
            return "-";
        }
        if (cell.actual().equals("n/a")) {
            return "n/a";
        }
        return cell.passed() ? cell.actual() : "!" + cell.actual();
    }

    /** Whether a failing cell failed on something else than its status. */
    private static boolean matchesStatus(Cell cell) {
        return cell.problems().stream().noneMatch(problem -> problem.startsWith("expected "));
    }

    private static String line(Cell cell) {
        return cell.row().label() + " | " + cell.who().column + " | expected "
                + cell.expected().text()
                + " | actual " + cell.actual() + " | " + String.join("; ", cell.problems()) + " | body: "
                + cell.excerpt();
    }

    private String text(
            Set<String> labels,
            Map<String, Map<Who, Cell>> cells,
            List<Cell> failing,
            List<String> structure,
            String summary) {
        int first = labels.stream().mapToInt(String::length).max().orElse(10);
        Map<Who, Integer> widths = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            int width = who.column.length();
            for (Map<Who, Cell> row : cells.values()) {
                width = Math.max(width, shown(row.get(who)).length());
            }
            widths.put(who, width);
        }
        StringBuilder out = new StringBuilder("\nAuthorization matrix: " + summary + "\n");
        out.append("cells: the status answered; ! marks an unexpected cell (listed below)\n\n");
        out.append(pad("endpoint", first));
        for (Who who : Who.values()) {
            out.append(" | ").append(pad(who.column, widths.get(who)));
        }
        out.append('\n');
        for (String label : labels) {
            out.append(pad(label, first));
            for (Who who : Who.values()) {
                out.append(" | ")
                        .append(pad(shown(cells.getOrDefault(label, Map.of()).get(who)), widths.get(who)));
            }
            out.append('\n');
        }
        if (adminL1Refusal != null) {
            out.append("\nadmin@L1: ").append(adminL1Refusal).append('\n');
        }
        out.append("\nFailing cells (endpoint | caller | expected | actual | why | body):\n");
        failing.forEach(cell -> out.append("  ").append(line(cell)).append('\n'));
        structure.forEach(problem -> out.append("  ").append(problem).append('\n'));
        return out.toString();
    }

    private String markdown(
            Set<String> labels,
            Map<String, Map<Who, Cell>> cells,
            List<Cell> failing,
            List<String> structure,
            String summary) {
        StringBuilder out = new StringBuilder("# Authorization matrix\n\n");
        out.append("Written by `AuthorizationMatrixIT`: ").append(summary).append(".\n\n");
        out.append("Each cell is the status the caller got; a failing cell is **bold** with ✗ and the policy's")
                .append(" value. `*` in the policy: answers exactly like a number that exists nowhere. Console")
                .append(
                        " pages: `login` is the login form shown in place of the page, `page` the console page itself.\n\n");
        out.append("Callers: anon (no credentials), wrong-pw (HTTP Basic, real username, wrong password), revoked")
                .append(" (Bearer of a revoked ADMIN key), user (the vendor's admin user, HTTP Basic),")
                .append(" admin / ro / broker (API keys with role ADMIN, READ_ONLY, BROKER), ro@L1 / broker@L1 /")
                .append(" admin@L1 (the same, limited to licensee L1), session (the vendor's console session")
                .append(" cookie), other (another vendor's admin user), other-session (another vendor's console")
                .append(" session cookie).\n\n");
        out.append("| endpoint |");
        for (Who who : Who.values()) {
            out.append(' ').append(who.column).append(" |");
        }
        out.append("\n|---|");
        out.append("---|".repeat(Who.values().length));
        out.append('\n');
        for (String label : labels) {
            out.append("| ").append(label.replace("|", "\\|")).append(" |");
            for (Who who : Who.values()) {
                Cell cell = cells.getOrDefault(label, Map.of()).get(who);
                String value = cell == null
                        ? "-"
                        : cell.passed() || cell.actual().equals("n/a")
                                ? cell.actual()
                                : "**✗ " + cell.actual() + "** ("
                                        + cell.expected().text() + (matchesStatus(cell) ? ", other checks fail" : "")
                                        + ")";
                out.append(' ').append(value).append(" |");
            }
            out.append('\n');
        }
        if (adminL1Refusal != null) {
            out.append("\nadmin@L1: ").append(adminL1Refusal).append('\n');
        }
        if (!failing.isEmpty() || !structure.isEmpty()) {
            out.append(
                    "\n## Failing cells\n\n| endpoint | caller | expected | actual | why | body |\n|---|---|---|---|---|---|\n");
            for (Cell cell : failing) {
                out.append("| ")
                        .append(String.join(
                                " | ",
                                List.of(
                                                cell.row().label(),
                                                cell.who().column,
                                                cell.expected().text(),
                                                cell.actual(),
                                                String.join("; ", cell.problems()),
                                                "`" + cell.excerpt() + "`")
                                        .stream()
                                        .map(text -> text.replace("|", "\\|"))
                                        .toList()))
                        .append(" |\n");
            }
            structure.forEach(problem -> out.append("\n- ").append(problem));
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Where two bodies part, with a little of each from there on. */
    private static String firstDifference(String expected, String actual) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 40);
        return "bodies differ at " + at + ": nowhere \"" + excerpt(expected.substring(from), 120) + "\" vs \""
                + excerpt(actual.substring(from), 120) + "\"";
    }

    private static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "...";
    }
}
