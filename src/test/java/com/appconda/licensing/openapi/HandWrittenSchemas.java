package com.appconda.licensing.openapi;

import com.appconda.licensing.engine.control.FloatingEvaluator;
import com.appconda.licensing.engine.control.ReasonCatalogue;
import com.appconda.licensing.engine.spi.WarningLevel;
import com.appconda.licensing.platform.boundary.ProblemResponses;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the code writes by hand rather than through JSON-B: the Broker's signed answer (its JSON is written byte for
 * byte so that it can be signed), the offline license file, problem documents, and the headers of both. Each
 * mirrors its writer ({@code JsonAnswerFormat}, {@code OfflineLicenses}, {@code ProblemResponses}); the reason codes
 * come from {@link ReasonCatalogue}, so the document lists every code an answer can carry.
 */
final class HandWrittenSchemas {

    private HandWrittenSchemas() {}

    static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    static Map<String, Schema<?>> schemas() {
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        schemas.put("Problem", problem());
        schemas.put("ValidationAnswer", validationAnswer());
        schemas.put("ModuleValidation", moduleValidation());
        schemas.put("Reason", reason());
        schemas.put("ModuleParameters", moduleParameters());
        schemas.put("OfflineLicenseFile", offlineLicenseFile());
        schemas.put("Pong", object().addProperty("status", text().example("ok")).required(List.of("status")));
        return schemas;
    }

    private static Schema<Object> object() {
        return new Schema<>().type("object");
    }

    private static Schema<Object> text() {
        return new Schema<>().type("string");
    }

    private static Schema<Object> instant() {
        return new Schema<>().type("string").format("date-time");
    }

    private static Schema<Object> flag() {
        return new Schema<>().type("boolean");
    }

    private static Schema<Object> whole() {
        return new Schema<>().type("integer").format("int64");
    }

    private static Schema<?> problem() {
        return object().description("An RFC 9457 problem document; every error of the API is one.")
                .addProperty(
                        "type",
                        text().format("uri")
                                .description("What went wrong, as a URI below " + ProblemResponses.TYPE_BASE
                                        + ": not-found, malformed-json, invalid-input, rule-violation, conflict,"
                                        + " forbidden, unauthenticated, api-key-revoked, api-key-expired,"
                                        + " api-key-deactivated, too-many-requests, service-unavailable, ...")
                                .example(ProblemResponses.TYPE_BASE + "invalid-input"))
                .addProperty("title", text().example("Invalid input"))
                .addProperty(
                        "status", new Schema<>().type("integer").format("int32").example(400))
                .addProperty("detail", text().example("fix the fields listed in 'fields'"))
                .addProperty(
                        "fields",
                        object().description("Per member at fault (a path such as modules.M1.sessionId), what is"
                                        + " wrong with it.")
                                .additionalProperties(text())
                                .example(Ordered.map("validDays", "must be 1 to 366")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> validationAnswer() {
        return object().description("The Broker's answer: every module of the product, evaluated. Signed over the"
                        + " exact bytes of this body in the Licensing-Signature header; verify it before use, and"
                        + " check that licenseeNumber, productNumber and nonce are those you sent.")
                .addProperty("vendorNumber", text().example("V-ACME"))
                .addProperty("licenseeNumber", text().example("CUST-1001"))
                .addProperty("productNumber", text().example("P-1001"))
                .addProperty("issuedAt", instant().example("2026-12-02T09:00:00Z"))
                .addProperty(
                        "ttl",
                        instant()
                                .description("Until when this answer may be trusted without asking again.")
                                .example("2026-12-02T09:15:00Z"))
                .addProperty(
                        "nonce",
                        text().description("The caller's nonce, or one the server chose.")
                                .example("n-7f3e2a"))
                .addProperty("dryRun", flag().example(false))
                .addProperty(
                        "valid",
                        flag().description("True exactly when every module is valid.")
                                .example(true))
                .addProperty("modules", ApiDocument.arrayOf(ref("ModuleValidation")))
                .required(List.of(
                        "vendorNumber",
                        "licenseeNumber",
                        "productNumber",
                        "issuedAt",
                        "ttl",
                        "nonce",
                        "dryRun",
                        "valid",
                        "modules"));
    }

    private static Schema<?> moduleValidation() {
        Schema<Object> module = object().description("One module's answer (NetLicensing's ProductModuleValidation)."
                        + " Besides the members below, a module may carry lists named by an item's number: per"
                        + " device (Rental), per feature (MultiFeature) or per SKU (PricingTable).")
                .addProperty("productModuleNumber", text().example("M-SUB"))
                .addProperty("productModuleName", text().example("Updates"))
                .addProperty("licensingModel", text().example("Subscription"))
                .addProperty(
                        "valid",
                        flag().description("What the request asked of the module; see the reasons.")
                                .example(true))
                .addProperty(
                        "warningLevel",
                        text()._enum(Arrays.stream(WarningLevel.values())
                                        .map(Enum::name)
                                        .map(Object.class::cast)
                                        .toList())
                                .example("GREEN"))
                .addProperty("reasons", ApiDocument.arrayOf(ref("Reason")))
                .addProperty(
                        "validUntil",
                        instant()
                                .description(
                                        "Offline files only: the module's own end (a subscription's or"
                                                + " trial's), absent when it has none; it never holds past the file's expiresAt."));
        Map<String, Schema<?>> modelFields = new LinkedHashMap<>();
        modelFields.put("expires", instant().description("Subscription: the paid period's end."));
        modelFields.put("evaluation", flag().description("TryAndBuy: whether this is the trial."));
        modelFields.put("evaluationExpires", instant().description("TryAndBuy: the trial's end."));
        modelFields.put("seats", whole().description("Floating: the seats of the licensee."));
        modelFields.put("seatsInUse", whole().description("Floating: the seats held after the action."));
        modelFields.put("seatsFree", whole().description("Floating: the seats free after the action."));
        modelFields.put(
                "expirationTimestamp", instant().description("Floating: until when the session holds its seat."));
        modelFields.put("remainingQuantity", whole().description("PayPerUse: the credits left."));
        modelFields.put("quota", whole().description("Quota: the quota the licenses grant."));
        modelFields.put("nodeSlots", whole().description("NodeLocked: the nodes the licenses allow."));
        modelFields.put("nodeSlotsUsed", whole().description("NodeLocked: the nodes registered."));
        modelFields.put("nodeSlotsFree", whole().description("NodeLocked: the nodes that may still register."));
        modelFields.put("pricingPlanId", text().description("PricingTable: the active plan's template."));
        modelFields.put("pricingPlanName", text().description("PricingTable: the active plan's name."));
        modelFields.put("pricingPlanType", text().description("PricingTable: recurring or one-time."));
        modelFields.forEach(module::addProperty);
        module.additionalProperties(ApiDocument.arrayOf(object().additionalProperties(true)));
        module.required(List.of("productModuleNumber", "licensingModel", "valid", "warningLevel", "reasons"));
        return module;
    }

    private static Schema<?> reason() {
        String table = ReasonCatalogue.entries().stream()
                .map(entry -> "- `" + entry.code() + "` (" + entry.models() + ", module "
                        + (entry.validModule() ? "valid" : "not valid") + "): " + entry.meaning() + " "
                        + entry.whatToDo())
                .collect(Collectors.joining("\n"));
        return object().description("Why a module answered as it did.")
                .addProperty(
                        "code",
                        text()._enum(ReasonCatalogue.entries().stream()
                                        .map(ReasonCatalogue.Entry::code)
                                        .map(Object.class::cast)
                                        .toList())
                                .description("One of a closed set; what each means and what to do:\n" + table)
                                .example(FloatingEvaluator.NO_FREE_SEAT))
                .addProperty(
                        "message", text().description("For people; may change.").example("All 5 seats are held."))
                .required(List.of("code", "message"));
    }

    private static Schema<?> moduleParameters() {
        return object().description("A module's request parameters, checked against those its licensing model"
                        + " declares (GET /api/v1/licensing-models): a parameter the model does not read is"
                        + " refused. Whole numbers may also be sent as strings of digits, as NetLicensing clients do.")
                .addProperty("sessionId", text().maxLength(200).description("Floating: the client session."))
                .addProperty(
                        "action",
                        text()._enum(List.of(FloatingEvaluator.CHECK_OUT, FloatingEvaluator.CHECK_IN))
                                .description("Floating: take or extend (checkOut, the default) or free (checkIn) the"
                                        + " session's seat."))
                .addProperty(
                        "usedQuantity",
                        whole().minimum(BigDecimal.ZERO).description("PayPerUse: units used (post-pay)."))
                .addProperty(
                        "reserveQuantity",
                        whole().minimum(BigDecimal.ONE).description("PayPerUse: units to reserve (pre-pay)."))
                .addProperty("nodeSecret", text().maxLength(200).description("NodeLocked: the node's identity."))
                .additionalProperties(true);
    }

    private static Schema<?> offlineLicenseFile() {
        return object().description("An offline license file: the answer as the Broker would give it now (a dry run,"
                        + " with expiresAt and each valid module's validUntil), base64url in payload, signed with the"
                        + " vendor's key. Verify it with applicensing-verifier.jar and the vendor's public key.")
                .addProperty("format", text()._enum(List.of("applicensing-offline-license/1")))
                .addProperty("keyId", text().example("K-3f2a9c"))
                .addProperty("algorithm", text()._enum(List.of("Ed25519")))
                .addProperty("payload", text().description("base64url (no padding) of the signed answer's JSON."))
                .addProperty("signature", text().description("Ed25519 over the payload's bytes, base64url."))
                .required(List.of("format", "keyId", "algorithm", "payload", "signature"));
    }

    static Header signatureHeader() {
        return new Header()
                .description("keyId=\"...\", algorithm=\"Ed25519\", signature=\"...\" (base64url): a detached"
                        + " signature over the exact bytes of the body, by the vendor key of that id.")
                .required(true)
                .schema(text().example("keyId=\"K-3f2a9c\", algorithm=\"Ed25519\", signature=\"q83v...\""));
    }

    static Parameter headerParameter(String name) {
        if (!name.equals("Idempotency-Key")) {
            throw new IllegalArgumentException("no description of the header " + name);
        }
        return new Parameter()
                .in("header")
                .name(name)
                .required(false)
                .description("A retry with the same key and request gets the stored answer and consumes nothing"
                        + " more; the same key with another request is refused (422).")
                .schema(text().minLength(1)
                        .maxLength(200)
                        .pattern("^[\\x21-\\x7E]+$")
                        .example("3f2c7a1e-9b4d-4c8e"));
    }

    static Map<String, ApiResponse> problemResponses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put("BadRequest", problemResponse("A malformed body or parameter; fields names it."));
        responses.put(
                "Unauthenticated",
                problemResponse("No valid credentials (unauthenticated), or a key that was revoked, has expired or"
                                + " was deactivated (api-key-revoked, -expired, -deactivated)")
                        .addHeaderObject("WWW-Authenticate", new Header().schema(text())));
        responses.put("Forbidden", problemResponse("The credential's role or licensee limit does not allow this."));
        responses.put("NotFound", problemResponse("No such entity of the caller's vendor."));
        responses.put("Conflict", problemResponse("A number in use, an entity still used, or a stale revision."));
        responses.put("UnsupportedMediaType", problemResponse("Send the body as application/json (UTF-8)."));
        responses.put("RuleViolation", problemResponse("Well-formed, but against a licensing rule; fields names it."));
        responses.put(
                "TooManyRequests",
                problemResponse("A rate limit was reached; retry after Retry-After seconds.")
                        .addHeaderObject("Retry-After", new Header().schema(new Schema<>().type("integer"))));
        return responses;
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(ApiDocument.PROBLEM, new MediaType().schema(ref("Problem"))));
    }

    /** An example of a hand-written schema, for the operations that answer it. */
    static Object example(String schema) {
        return switch (schema) {
            case "ValidationAnswer" -> validationExample();
            case "OfflineLicenseFile" ->
                Ordered.map(
                        "format", "applicensing-offline-license/1",
                        "keyId", "K-3f2a9c",
                        "algorithm", "Ed25519",
                        "payload", "eyJ2ZW5kb3JOdW1iZXIiOiJWLUFDTUUi...",
                        "signature", "q83vEjRWeJA...");
            case "Pong" -> Ordered.map("status", "ok");
            default -> null;
        };
    }

    private static Map<String, Object> validationExample() {
        Map<String, Object> seats = new LinkedHashMap<>();
        seats.put("productModuleNumber", "M-SEATS");
        seats.put("productModuleName", "Team seats");
        seats.put("licensingModel", "Floating");
        seats.put("valid", true);
        seats.put("warningLevel", "GREEN");
        seats.put("reasons", List.of());
        seats.put("seats", 5);
        seats.put("seatsInUse", 2);
        seats.put("seatsFree", 3);
        seats.put("expirationTimestamp", "2026-12-02T09:05:00Z");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("vendorNumber", "V-ACME");
        answer.put("licenseeNumber", "CUST-1001");
        answer.put("productNumber", "P-1001");
        answer.put("issuedAt", "2026-12-02T09:00:00Z");
        answer.put("ttl", "2026-12-02T09:05:00Z");
        answer.put("nonce", "n-7f3e2a");
        answer.put("dryRun", false);
        answer.put("valid", true);
        answer.put("modules", List.of(seats));
        return answer;
    }

    /** The example of a request body: the operation's own where the record's would mislead. */
    static Object requestExample(String operationId, Object fromRecord) {
        return switch (operationId) {
            case "validate" ->
                Ordered.map(
                        "productNumber", "P-1001",
                        "nonce", "n-7f3e2a",
                        "modules", Ordered.map("M-SEATS", Ordered.map("sessionId", "ws-42", "action", "checkOut")));
            case "issueOfflineLicense" -> Ordered.map("productNumber", "P-1001", "validDays", 30, "nonce", "n-7f3e2a");
            default -> fromRecord;
        };
    }
}
