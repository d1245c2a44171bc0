package com.appconda.licensing.client;

import com.appconda.licensing.verifier.LicenseVerificationException;
import com.appconda.licensing.verifier.LicenseVerifier;
import com.appconda.licensing.verifier.OfflineLicense;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * AppLicensing for the vendor's software, in one object per server and key:
 *
 * <pre>{@code
 * LicensingClient licensing = LicensingClient.builder(URI.create("https://licensing.example.com/"), brokerKey)
 *         .trust(Map.of(keyId, publicKey))           // the vendor's signing keys, shipped with the software
 *         .offlineFiles(Path.of(appData, "licenses")) // where the last offline file is kept
 *         .build();
 * Validation state = licensing.validate("CUST-1001", "ACME-CAD");
 * if (state.isValid("ACME-CAD-PRO")) { ... }
 * }</pre>
 *
 * <ul>
 *   <li>Every answer is verified (Ed25519 over the bytes received) and bound to its request: the licensee, the
 *       product and a fresh nonce of this client's; anything else is {@link LicensingClientException.Untrusted}.
 *   <li>A validation without module parameters changes nothing and is cached until its {@code ttl}; one with
 *       module parameters (consumption, checkOut, a node) is never cached, and is retried on a broken connection,
 *       a 5xx or a 429 with one {@code Idempotency-Key}, so it is counted once however often it is sent.
 *   <li>When the server cannot be reached, a read-only validation is answered from the last offline file stored
 *       by {@link #refreshOfflineFile} ({@link Validation#fromOfflineFile()}), each module valid until its own end.
 *   <li>{@link #openFloatingSession} holds a floating seat and keeps it until closed.
 * </ul>
 * Thread-safe.
 */
public final class LicensingClient {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Exchange exchange;
    private final LicenseVerifier verifier;
    private final Path offlineFiles;
    private final Clock clock;
    private final Map<String, Validation> cache = new ConcurrentHashMap<>();

    private LicensingClient(Builder builder) {
        this.exchange = new Exchange(
                builder.http, builder.base, builder.apiKey, builder.attempts, builder.firstRetryDelay, builder.timeout);
        this.verifier = new LicenseVerifier(builder.trusted);
        this.offlineFiles = builder.offlineFiles;
        this.clock = builder.clock;
    }

    public static Builder builder(URI base, String apiKey) {
        return new Builder(base, apiKey);
    }

    /** The licensing state of the licensee's product, as it stands: nothing is consumed or checked out. */
    public Validation validate(String licensee, String product) {
        return validate(licensee, product, Map.of());
    }

    /**
     * Validates with module parameters, by module number: {@code Map.of("M-CREDITS", Map.of("usedQuantity", 1))},
     * {@code Map.of("M-SEATS", Map.of("sessionId", id, "action", "checkOut"))}, {@code Map.of("M-NODES",
     * Map.of("nodeSecret", machineId))}. With none, the answer may come from the cache or the offline file.
     */
    public Validation validate(String licensee, String product, Map<String, Map<String, Object>> moduleParameters) {
        requireNumber("licensee", licensee);
        requireNumber("product", product);
        boolean readOnly = moduleParameters.isEmpty();
        String cacheKey = licensee + '\u0000' + product;
        if (readOnly) {
            Validation cached = cache.get(cacheKey);
            if (cached != null && clock.instant().isBefore(cached.ttl())) {
                return cached;
            }
        }
        String nonce = nonce();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productNumber", product);
        body.put("nonce", nonce);
        if (!readOnly) {
            body.put("modules", moduleParameters);
        }
        Exchange.Answer answer;
        try {
            answer = exchange.post(
                    "api/v1/licensees/" + licensee + "/validate",
                    JsonWriter.write(body),
                    readOnly ? null : UUID.randomUUID().toString());
        } catch (Exchange.Unreachable unreachable) {
            if (readOnly) {
                return fromOfflineFile(licensee, product, unreachable);
            }
            throw new LicensingClientException.Unavailable(
                    unreachable.getMessage() + "; a validation with module parameters needs the server", unreachable);
        }
        Validation validation = verified(answer, new LicenseVerifier.Request(licensee, product, nonce));
        if (readOnly) {
            cache.put(cacheKey, validation);
        }
        return validation;
    }

    /** Forgets the cached answers, for instance after the customer bought something in the shop. */
    public void forgetCachedAnswers() {
        cache.clear();
    }

    /**
     * Fetches a fresh offline license file valid for {@code days} (1 to 366), verifies it and stores it (atomically:
     * a crash leaves the previous file), so that later validations can fall back to it. Returns its state now.
     */
    public Validation refreshOfflineFile(String licensee, String product, int days) {
        requireNumber("licensee", licensee);
        requireNumber("product", product);
        if (offlineFiles == null) {
            throw new IllegalStateException("no folder for offline files: set Builder.offlineFiles");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productNumber", product);
        body.put("validDays", days);
        String document;
        try {
            document = exchange.post("api/v1/licensees/" + licensee + "/offline-license", JsonWriter.write(body), null)
                    .body();
        } catch (Exchange.Unreachable unreachable) {
            throw new LicensingClientException.Unavailable(unreachable.getMessage(), unreachable);
        }
        Validation validation = offline(document, licensee, product);
        store(fileOf(licensee, product), document);
        return validation;
    }

    /**
     * Takes a seat of a Floating module for a new session and keeps it (checking out again before it expires) until
     * the session is closed, which frees it. Refused with {@link LicensingClientException.NoSeat} when none is free.
     */
    public FloatingSession openFloatingSession(String licensee, String product, String module) {
        return FloatingSession.open(this, licensee, product, module, "s-" + UUID.randomUUID(), clock);
    }

    private Validation fromOfflineFile(String licensee, String product, Exchange.Unreachable cause) {
        Path file = offlineFiles == null ? null : fileOf(licensee, product);
        if (file == null || !Files.isRegularFile(file)) {
            throw new LicensingClientException.Unavailable(
                    cause.getMessage() + ", and no offline file is stored for " + licensee + "/" + product, cause);
        }
        try {
            return offline(Files.readString(file), licensee, product);
        } catch (IOException e) {
            throw new LicensingClientException.Unavailable("the offline file cannot be read: " + e, e);
        } catch (LicensingClientException.Untrusted untrusted) {
            throw new LicensingClientException.Unavailable(
                    cause.getMessage() + ", and the offline file is no longer usable: " + untrusted.getMessage(),
                    untrusted);
        }
    }

    private Validation offline(String document, String licensee, String product) {
        Instant now = clock.instant();
        OfflineLicense license;
        try {
            license = verifier.verifyOfflineLicense(document, licensee, product, now);
        } catch (LicenseVerificationException e) {
            throw new LicensingClientException.Untrusted("the offline file must not be trusted: " + e.getMessage(), e);
        }
        Map<String, ModuleAnswer> modules = new LinkedHashMap<>();
        for (Map<String, Object> module : license.modules()) {
            String number = String.valueOf(module.get("productModuleNumber"));
            modules.put(number, module(module, license.isValid(number, now), license.validUntil(number)));
        }
        boolean valid = modules.values().stream().allMatch(ModuleAnswer::valid);
        return new Validation(licensee, product, valid, license.issuedAt(), license.expiresAt(), true, modules);
    }

    @SuppressWarnings("unchecked")
    private Validation verified(Exchange.Answer answer, LicenseVerifier.Request request) {
        Map<String, Object> fields;
        try {
            fields = verifier.verifyAnswer(answer.body(), answer.signature().orElse(null), request, clock.instant());
        } catch (LicenseVerificationException e) {
            throw new LicensingClientException.Untrusted("the answer must not be trusted: " + e.getMessage(), e);
        }
        Map<String, ModuleAnswer> modules = new LinkedHashMap<>();
        for (Object item : (List<Object>) fields.getOrDefault("modules", List.of())) {
            Map<String, Object> module = (Map<String, Object>) item;
            modules.put(
                    String.valueOf(module.get("productModuleNumber")),
                    module(module, Boolean.TRUE.equals(module.get("valid")), Optional.empty()));
        }
        return new Validation(
                request.licenseeNumber(),
                request.productNumber(),
                Boolean.TRUE.equals(fields.get("valid")),
                Instant.parse((String) fields.get("issuedAt")),
                Instant.parse((String) fields.get("ttl")),
                false,
                modules);
    }

    @SuppressWarnings("unchecked")
    private static ModuleAnswer module(Map<String, Object> module, boolean valid, Optional<Instant> validUntil) {
        List<ModuleAnswer.Reason> reasons = ((List<Object>) module.getOrDefault("reasons", List.of()))
                .stream()
                        .map(reason -> (Map<String, Object>) reason)
                        .map(reason -> new ModuleAnswer.Reason(
                                String.valueOf(reason.get("code")), String.valueOf(reason.get("message"))))
                        .toList();
        Map<String, Object> fields = new LinkedHashMap<>(module);
        for (String common : List.of(
                "productModuleNumber", "productModuleName", "licensingModel", "valid", "warningLevel", "reasons")) {
            fields.remove(common);
        }
        fields.values().removeIf(Objects::isNull);
        return new ModuleAnswer(
                String.valueOf(module.get("productModuleNumber")),
                String.valueOf(module.get("productModuleName")),
                String.valueOf(module.get("licensingModel")),
                valid,
                String.valueOf(module.get("warningLevel")),
                reasons,
                fields,
                validUntil);
    }

    private Path fileOf(String licensee, String product) {
        return offlineFiles.resolve(licensee + "@" + product + ".json");
    }

    private static void store(Path file, String document) {
        try {
            Files.createDirectories(file.getParent());
            Path partial =
                    Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
            Files.writeString(partial, document);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LicensingClientException.Unavailable("the offline file cannot be stored: " + e, e);
        }
    }

    private static void requireNumber(String what, String number) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException(what + " number must be 1 to 64 letters, digits, '-' or '_': " + number);
        }
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** How to reach the server and what to trust. */
    public static final class Builder {
        private final URI base;
        private final String apiKey;
        private Map<String, String> trusted = Map.of();
        private Path offlineFiles;
        private int attempts = 3;
        private Duration firstRetryDelay = Duration.ofMillis(200);
        private Duration timeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();
        private HttpClient http;

        private Builder(URI base, String apiKey) {
            this.base = Objects.requireNonNull(base, "base");
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        }

        /** The vendor's signing keys to trust, key id to base64 X.509 public key (GET /api/v1/vendor/signing-keys). */
        public Builder trust(Map<String, String> publicKeys) {
            this.trusted = Map.copyOf(publicKeys);
            return this;
        }

        /** The folder where offline license files are kept (one per licensee and product). */
        public Builder offlineFiles(Path folder) {
            this.offlineFiles = folder;
            return this;
        }

        /** Attempts per call (default 3), the first retry after {@code firstDelay} (default 200 ms), then doubling. */
        public Builder retries(int attemptsPerCall, Duration firstDelay) {
            if (attemptsPerCall < 1) {
                throw new IllegalArgumentException("at least one attempt");
            }
            this.attempts = attemptsPerCall;
            this.firstRetryDelay = firstDelay;
            return this;
        }

        /** How long one attempt may take (default 10 s). */
        public Builder timeout(Duration perAttempt) {
            this.timeout = perAttempt;
            return this;
        }

        public Builder clock(Clock time) {
            this.clock = time;
            return this;
        }

        public Builder httpClient(HttpClient client) {
            this.http = client;
            return this;
        }

        public LicensingClient build() {
            if (trusted.isEmpty()) {
                throw new IllegalStateException("trust at least one signing key: an answer is used only when verified");
            }
            if (http == null) {
                http = HttpClient.newBuilder().connectTimeout(timeout).build();
            }
            return new LicensingClient(this);
        }
    }
}
