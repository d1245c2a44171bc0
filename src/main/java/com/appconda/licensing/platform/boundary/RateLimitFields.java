package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.control.ApiRateLimits;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rate limits' part of an API answer, in the syntax of draft-ietf-httpapi-ratelimit-headers-10:
 * {@code RateLimit-Policy} lists the limits that applied to the request ({@code "api-key";q=6000;w=60}),
 * {@code RateLimit} what is left of each ({@code "api-key";r=5999}; with {@code t}, the seconds to wait, where
 * nothing is). A refused request is a 429 problem with {@code Retry-After}. The filters that count a request
 * record their probes on it; {@link AddressRateLimit} writes the fields into whatever answer the request gets.
 */
public final class RateLimitFields {

    /** The request property under which the authentication leaves the partition key of an API key. */
    public static final String API_KEY_PROPERTY = "com.appconda.licensing.rate-limit.api-key";

    public static final String POLICY = "RateLimit-Policy";
    public static final String LIMIT = "RateLimit";

    private static final String PROBES_PROPERTY = "com.appconda.licensing.rate-limit.probes";

    private RateLimitFields() {}

    /** The {@link RateLimitGroup} of the matched resource method, {@value ApiRateLimits#API} by default. */
    public static String groupOf(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return ApiRateLimits.API;
        }
        RateLimitGroup group = method.getAnnotation(RateLimitGroup.class);
        if (group == null) {
            group = resource.getResourceClass().getAnnotation(RateLimitGroup.class);
        }
        return group == null ? ApiRateLimits.API : group.value();
    }

    /** Remembers what a limit said about this request, for the answer's fields. */
    public static void record(ContainerRequestContext request, RateLimitProbe probe) {
        probes(request).add(probe);
    }

    /** 429 for a request over a limit: a problem document that names the limit, and when to try again. */
    public static Response tooManyRequests(RateLimitProbe probe) {
        return ProblemResponses.problem(
                        Response.Status.TOO_MANY_REQUESTS,
                        "rate-limited",
                        "Too many requests",
                        "over the limit '" + probe.limit().name() + "' of "
                                + probe.limit().quota()
                                + " requests per " + probe.limit().window().getSeconds() + " s; retry in "
                                + probe.retryAfterSeconds() + " s")
                .header("Retry-After", probe.retryAfterSeconds())
                .build();
    }

    static void write(ContainerRequestContext request, MultivaluedMap<String, Object> headers) {
        List<RateLimitProbe> probes = probes(request);
        if (!probes.isEmpty()) {
            headers.putSingle(POLICY, policyField(probes));
            headers.putSingle(LIMIT, limitField(probes));
        }
    }

    static String policyField(List<RateLimitProbe> probes) {
        return probes.stream().map(probe -> probe.limit().policyItem()).collect(Collectors.joining(", "));
    }

    static String limitField(List<RateLimitProbe> probes) {
        return probes.stream().map(RateLimitProbe::limitItem).collect(Collectors.joining(", "));
    }

    @SuppressWarnings("unchecked")
    private static List<RateLimitProbe> probes(ContainerRequestContext request) {
        Object probes = request.getProperty(PROBES_PROPERTY);
        if (probes == null) {
            probes = new ArrayList<RateLimitProbe>(2);
            request.setProperty(PROBES_PROPERTY, probes);
        }
        return (List<RateLimitProbe>) probes;
    }
}
