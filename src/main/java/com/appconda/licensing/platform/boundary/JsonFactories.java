package com.appconda.licensing.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.stream.JsonParserFactory;
import java.util.Map;

/**
 * JSON-P factories made once. Each {@code Json.createObjectBuilder()} looks the provider up again, and
 * on Payara that lookup goes through the OSGi service registry: measured as the single hottest frame
 * of a validation before this class existed.
 */
public final class JsonFactories {

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    public static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonFactories() {}
}
