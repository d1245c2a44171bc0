package com.appconda.licensing.openapi;

import com.appconda.licensing.platform.boundary.PublicEndpoint;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Builds the OpenAPI 3 document of {@code /api/v1} from the code: every JAX-RS resource method of the application
 * (path, method, parameters, body), its {@code @Operation} (operationId, summary) and {@code @APIResponse}, and a
 * schema for every record it reads or answers ({@link RecordSchemas}). The answers the code writes by hand (the
 * Broker's signed answer, the offline file, problem documents) are described in {@link HandWrittenSchemas}.
 *
 * <p>The document is served as written in {@code META-INF/openapi.yaml} (scanning is off, so Payara and WildFly
 * serve the same bytes), and {@code ApiDocumentTest} fails when that file is not what this builder makes of the
 * code, so the two cannot drift.
 */
final class ApiDocument {

    static final String PROBLEM = "application/problem+json";
    static final String JSON = "application/json";

    private static final Map<String, String> TAG_DESCRIPTIONS = new LinkedHashMap<>();

    static {
        TAG_DESCRIPTIONS.put(
                "Broker", "What the vendor's software calls: validation, offline license files. BROKER keys suffice.");
        TAG_DESCRIPTIONS.put("Products", "The vendor's products.");
        TAG_DESCRIPTIONS.put("Product modules", "A product's modules, each licensed by one licensing model.");
        TAG_DESCRIPTIONS.put("License templates", "What can be sold or issued for a module.");
        TAG_DESCRIPTIONS.put("Licensees", "The vendor's customers, each of one product.");
        TAG_DESCRIPTIONS.put("Licenses", "Licenses issued to licensees from templates.");
        TAG_DESCRIPTIONS.put("Licensing models", "The models this server evaluates and the parameters they read.");
        TAG_DESCRIPTIONS.put(
                "API keys",
                "Keys for software and scripts: ADMIN, READ_ONLY or BROKER, optionally limited to one licensee.");
        TAG_DESCRIPTIONS.put("Vendor account", "Sign-up, the vendor profile and the keys that sign answers.");
        TAG_DESCRIPTIONS.put("Audit", "Who changed what, and when.");
        TAG_DESCRIPTIONS.put("Reports", "Usage per day from the nightly report job's facts, and the job's runs.");
        TAG_DESCRIPTIONS.put(
                "Shop", "Shop tokens: the URL of the shop where a licensee buys licenses, for the vendor's software.");
        TAG_DESCRIPTIONS.put(
                "Payments",
                "What the shop sold (payment transactions), refunds, and the vendor's ledger per currency.");
        TAG_DESCRIPTIONS.put("Platform", "Connectivity.");
    }

    private final RecordSchemas schemas = new RecordSchemas();
    private final Set<String> tags = new LinkedHashSet<>();

    private ApiDocument() {}

    static OpenAPI of(List<Class<?>> resources) {
        return new ApiDocument().build(resources);
    }

    private OpenAPI build(List<Class<?>> resources) {
        Paths paths = new Paths();
        Map<String, PathItem> byPath = new java.util.TreeMap<>();
        Map<Method, String> otherMediaTypes = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            for (Method method : methodsOf(resource)) {
                String path = pathOf(resource, method);
                String produces = otherMediaTypeOf(method);
                if (produces != null) {
                    otherMediaTypes.put(method, produces);
                    continue;
                }
                PathItem item = byPath.computeIfAbsent(path, p -> new PathItem());
                item.operation(httpMethod(method), operation(resource, method, path));
            }
        }
        otherMediaTypes.forEach((method, mediaType) -> addMediaType(byPath, method, mediaType));
        byPath.forEach(paths::addPathItem);
        Components components =
                new Components().securitySchemes(securitySchemes()).responses(HandWrittenSchemas.problemResponses());
        HandWrittenSchemas.schemas().forEach(components::addSchemas);
        schemas.all().forEach(components::addSchemas);
        return new OpenAPI()
                .openapi("3.0.3")
                .info(new Info()
                        .title("AppLicensing API")
                        .version("1")
                        .description("Management API and Broker of AppLicensing, a self-hosted licensing server. "
                                + "Authenticate with a vendor user (HTTP Basic) or an API key (Bearer, or HTTP Basic"
                                + " with user 'apiKey'). Errors are RFC 9457 problem documents that name the "
                                + "fields at fault. Every Broker answer is signed (Licensing-Signature, Ed25519) "
                                + "over the exact bytes of its body."))
                .servers(List.of(new Server()
                        .url(".")
                        .description("Where this document is served from: the application's root, whatever its"
                                + " context path")))
                .tags(tagsInReadingOrder())
                .paths(paths)
                .components(components);
    }

    /**
     * A method that answers the same path in another media type than JSON (CSV, say) is the same operation to a
     * client, told apart by Accept: OpenAPI allows one operation per path and method, so it becomes a second content
     * of that operation's answer.
     */
    static boolean answersInAnotherMediaType(Method method) {
        return otherMediaTypeOf(method) != null;
    }

    private static String otherMediaTypeOf(Method method) {
        jakarta.ws.rs.Produces produces = method.getAnnotation(jakarta.ws.rs.Produces.class);
        if (produces == null || produces.value().length != 1 || produces.value()[0].startsWith(JSON)) {
            return null;
        }
        return produces.value()[0].split(";")[0].trim();
    }

    private static void addMediaType(Map<String, PathItem> byPath, Method method, String mediaType) {
        String path = pathOf(method.getDeclaringClass(), method);
        PathItem item = byPath.get(path);
        Operation operation = item == null ? null : item.readOperationsMap().get(httpMethod(method));
        if (operation == null) {
            throw new IllegalStateException(method.getName() + " answers " + mediaType
                    + " on a path and method that have no JSON operation to add it to");
        }
        operation
                .getResponses()
                .get("200")
                .getContent()
                .addMediaType(mediaType, new MediaType().schema(new Schema<>().type("string")));
    }

    /** The Broker first, then the catalog as a vendor builds it; a tag without a description fails the build. */
    private List<Tag> tagsInReadingOrder() {
        tags.stream()
                .filter(name -> !TAG_DESCRIPTIONS.containsKey(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalStateException("describe the tag '" + name + "' in ApiDocument.TAG_DESCRIPTIONS");
                });
        return TAG_DESCRIPTIONS.entrySet().stream()
                .filter(tag -> tags.contains(tag.getKey()))
                .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue()))
                .toList();
    }

    private static Map<String, SecurityScheme> securitySchemes() {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(
                "basic",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("A vendor user, or the user 'apiKey' with an API key as password."));
        schemes.put(
                "bearer",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API key (alk_...)."));
        return schemes;
    }

    private Operation operation(Class<?> resource, Method method, String path) {
        org.eclipse.microprofile.openapi.annotations.Operation meta =
                method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (meta == null || meta.operationId().isBlank() || meta.summary().isBlank()) {
            throw new IllegalStateException(resource.getSimpleName() + "." + method.getName()
                    + " needs @Operation with an operationId and a summary");
        }
        String tag = resource.getAnnotation(org.eclipse.microprofile.openapi.annotations.tags.Tag.class)
                .name();
        tags.add(tag);
        Operation operation = new Operation()
                .operationId(meta.operationId())
                .summary(meta.summary())
                .tags(List.of(tag));
        if (!meta.description().isBlank()) {
            operation.description(meta.description());
        }
        boolean hasBody = false;
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                beanParameters(parameter.getType()).forEach(operation::addParametersItem);
            } else if (jaxRsParameter(parameter) != null) {
                operation.addParametersItem(jaxRsParameter(parameter));
            } else if (!parameter.isAnnotationPresent(Context.class)) {
                hasBody = true;
                Schema<?> body = schemas.refTo(parameter.getParameterizedType());
                operation.requestBody(new RequestBody()
                        .required(true)
                        .content(new Content()
                                .addMediaType(
                                        JSON,
                                        new MediaType()
                                                .schema(body)
                                                .example(HandWrittenSchemas.requestExample(
                                                        meta.operationId(), schemas.example(parameter.getType()))))));
            }
        }
        operation.responses(responses(method, meta.operationId(), path, hasBody));
        // Per operation rather than a global default that public ones override with an empty list: Payara's
        // /openapi drops an empty security list, which would make sign-up look authenticated.
        if (!method.isAnnotationPresent(PublicEndpoint.class)) {
            operation.security(
                    List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
        }
        return operation;
    }

    private ApiResponses responses(Method method, String operationId, String path, boolean hasBody) {
        ApiResponses responses = new ApiResponses();
        APIResponse declared = method.getAnnotation(APIResponse.class);
        String status = declared == null ? "200" : declared.responseCode();
        ApiResponse success = new ApiResponse().description(declared == null ? "OK" : declared.description());
        Schema<?> answer = declared != null && declared.content().length > 0
                ? declaredSchema(declared.content()[0].schema())
                : declared != null ? null : schemas.refTo(method.getGenericReturnType());
        if (answer != null) {
            success.content(new Content()
                    .addMediaType(JSON, new MediaType().schema(answer).example(schemas.exampleOf(answer))));
        }
        if (status.equals("201")) {
            success.addHeaderObject(
                    "Location",
                    new Header()
                            .description("The new resource's URL")
                            .schema(new Schema<>().type("string").format("uri")));
        }
        if (operationId.equals("validate")) {
            success.addHeaderObject("Licensing-Signature", HandWrittenSchemas.signatureHeader());
        }
        responses.addApiResponse(status, success);
        boolean isPublic = method.isAnnotationPresent(PublicEndpoint.class);
        boolean hasQuery = Arrays.stream(method.getParameters())
                .anyMatch(p -> p.isAnnotationPresent(QueryParam.class)
                        || p.isAnnotationPresent(BeanParam.class)
                        || p.isAnnotationPresent(HeaderParam.class));
        boolean changes = !method.isAnnotationPresent(GET.class);
        if (hasBody || hasQuery) {
            responses.addApiResponse("400", ref("BadRequest"));
        }
        if (!isPublic) {
            responses.addApiResponse("401", ref("Unauthenticated"));
            responses.addApiResponse("403", ref("Forbidden"));
        }
        if (path.contains("{")) {
            responses.addApiResponse("404", ref("NotFound"));
        }
        if (changes && !isPublic && !operationId.equals("validate") && !operationId.equals("issueOfflineLicense")) {
            responses.addApiResponse("409", ref("Conflict"));
        }
        if (hasBody) {
            responses.addApiResponse("415", ref("UnsupportedMediaType"));
        }
        if (changes) {
            responses.addApiResponse("422", ref("RuleViolation"));
        }
        responses.addApiResponse("429", ref("TooManyRequests"));
        return responses;
    }

    private Schema<?> declaredSchema(org.eclipse.microprofile.openapi.annotations.media.Schema schema) {
        if (!schema.ref().isBlank()) {
            return new Schema<>().$ref("#/components/schemas/" + schema.ref());
        }
        return schemas.refTo(schema.implementation());
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private Parameter jaxRsParameter(java.lang.reflect.Parameter parameter) {
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            return new Parameter()
                    .in("path")
                    .name(path.value())
                    .required(true)
                    .description(
                            switch (path.value()) {
                                case "keyId" -> "A signing key's id";
                                case "id" -> "A report run's execution id";
                                default -> "An entity number: letters, digits, '-' and '_'";
                            })
                    .schema(
                            switch (path.value()) {
                                case "keyId" -> new Schema<>().type("string").maxLength(64);
                                case "id" ->
                                    new Schema<>()
                                            .type("integer")
                                            .format("int64")
                                            .example(17);
                                default -> RecordSchemas.numberSchema();
                            });
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return QueryParameters.of(query.value());
        }
        HeaderParam header = parameter.getAnnotation(HeaderParam.class);
        if (header != null) {
            return HandWrittenSchemas.headerParameter(header.value());
        }
        return null;
    }

    private static List<Parameter> beanParameters(Class<?> bean) {
        List<Parameter> parameters = new ArrayList<>();
        for (java.lang.reflect.Field field : bean.getDeclaredFields()) {
            QueryParam query = field.getAnnotation(QueryParam.class);
            if (query != null) {
                parameters.add(QueryParameters.of(query.value()));
            }
        }
        return parameters;
    }

    private static List<Method> methodsOf(Class<?> resource) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> httpMethodOrNull(m) != null)
                .sorted(Comparator.comparing(ApiDocument::methodPath)
                        .thenComparing(m -> httpMethodOrNull(m).ordinal()))
                .toList();
    }

    private static String methodPath(Method method) {
        Path path = method.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    static String pathOf(Class<?> resource, Method method) {
        String path = "/api/" + resource.getAnnotation(Path.class).value();
        String sub = methodPath(method);
        return sub.isEmpty() ? path : path + "/" + sub;
    }

    private static PathItem.HttpMethod httpMethod(Method method) {
        return httpMethodOrNull(method);
    }

    static PathItem.HttpMethod httpMethodOrNull(Method method) {
        Map<Class<? extends Annotation>, PathItem.HttpMethod> methods = Map.of(
                GET.class, PathItem.HttpMethod.GET,
                POST.class, PathItem.HttpMethod.POST,
                PUT.class, PathItem.HttpMethod.PUT,
                PATCH.class, PathItem.HttpMethod.PATCH,
                DELETE.class, PathItem.HttpMethod.DELETE);
        return methods.entrySet().stream()
                .filter(e -> method.isAnnotationPresent(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The element type of a {@code List<X>}, or null. */
    static Type listElement(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return parameterized.getActualTypeArguments()[0];
        }
        return null;
    }

    static Schema<?> arrayOf(Schema<?> items) {
        return new ArraySchema().items(items);
    }
}
