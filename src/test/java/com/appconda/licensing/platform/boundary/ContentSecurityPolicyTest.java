package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which policy an answer gets, and that no policy lets an injected script run or the answer be framed. */
class ContentSecurityPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/products, API",
        "/api/v1/licensees/C-1/validate, API",
        "/openapi, API",
        "/openapi/, API",
        "/openapi.json, API",
        "/health, API",
        "/health/ready, API",
        "/healthy.html, PAGE",
        "/openapi-ui/, API_REFERENCE",
        "/openapi-ui/index.html, API_REFERENCE",
        "/openapi-ui/openapi-ui.js, API_REFERENCE",
        "/login.xhtml, PAGE",
        "/console/index.xhtml, PAGE",
        "/errors/not-found.xhtml, PAGE",
        "/index.html, PAGE",
        "/, PAGE",
        "/jakarta.faces.resource/core.js.xhtml, PAGE",
        "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js, PAGE",
        "/apis.html, PAGE",
        "/openapi-uix/, PAGE",
        "/shop/index.xhtml, SHOP",
        "/shop/payment/sandbox.xhtml, SHOP",
        "/shopping.html, PAGE"
    })
    void eachPartOfTheServerHasItsPolicy(String path, ContentSecurityPolicy expected) {
        assertThat(ContentSecurityPolicy.forPath(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(ContentSecurityPolicy.class)
    void noPolicyRunsInlineScriptsOrEvalOrLetsTheAnswerBeFramed(ContentSecurityPolicy policy) {
        for (String value : new String[] {policy.value(), policy.withNonce("bm9uY2U=")}) {
            Map<String, String> directives = directives(value);
            String scripts = directives.getOrDefault("script-src", directives.get("default-src"));

            assertThat(scripts).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http");
            assertThat(directives).containsEntry("frame-ancestors", "'none'");
            assertThat(value).doesNotContain("report-uri").doesNotEndWith(";");
        }
    }

    @Test
    void theShopLoadsTheVendorsLogoOverHttpsAndNothingElseThatThePagesDoNot() {
        Map<String, String> shop = directives(ContentSecurityPolicy.SHOP.value());
        Map<String, String> page = directives(ContentSecurityPolicy.PAGE.value());
        assertThat(shop.get("img-src")).isEqualTo("'self' data: https:");
        shop.remove("img-src");
        page.remove("img-src");
        assertThat(shop).isEqualTo(page);
    }

    @ParameterizedTest
    @EnumSource(value = ContentSecurityPolicy.class, names = "API")
    void apiAnswersMayLoadNothing(ContentSecurityPolicy policy) {
        assertThat(policy.value()).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZDVmZmI4YjAtOTFmZS00N2NlLTkxNTItYTcyOTZlZmY4MzM1", "bm9uY2U=", "a-b_c"})
    void aPageRunsTheInlineScriptsThatCarryItsNonce(String nonce) {
        for (ContentSecurityPolicy page :
                new ContentSecurityPolicy[] {ContentSecurityPolicy.PAGE, ContentSecurityPolicy.SHOP}) {
            assertThat(directives(page.withNonce(nonce)).get("script-src"))
                    .as(page.name())
                    .isEqualTo("'self' 'nonce-" + nonce + "'");
        }
        assertThat(ContentSecurityPolicy.API.withNonce(nonce)).doesNotContain(nonce);
        assertThat(ContentSecurityPolicy.API_REFERENCE.withNonce(nonce)).doesNotContain(nonce);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "script-src 'self' 'nonce-bm9uY2U=';|'self' 'nonce-bm9uY2U='",
                "default-src *; script-src 'unsafe-inline' 'unsafe-eval' 'nonce-abc'|'self' 'nonce-abc'",
                "script-src 'self' 'unsafe-inline'|'self'",
                "script-src 'self' 'nonce-x' 'unsafe-inline'; evil 'nonce-y'|'self' 'nonce-x'",
                "script-src 'self' 'nonce-'|'self'",
                "\"\"|'self'"
            })
    void aPolicyAskedForDownTheChainGivesOnlyItsNonce(String requested, String scripts) {
        String value = ContentSecurityPolicy.PAGE.replacing(requested);

        assertThat(directives(value).get("script-src")).isEqualTo(scripts);
        assertThat(value).startsWith(ContentSecurityPolicy.PAGE.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"script-src 'self' 'nonce-a\r\nSet-Cookie: x=y'", "script-src 'nonce-a b'"})
    void aNonceThatCouldBreakTheHeaderIsNotTaken(String requested) {
        assertThat(ContentSecurityPolicy.PAGE.replacing(requested))
                .isEqualTo(ContentSecurityPolicy.PAGE.value())
                .doesNotContain("\n", "Set-Cookie");
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";"))
                .map(String::trim)
                .filter(directive -> !directive.isEmpty())
                .collect(Collectors.toMap(
                        directive -> directive.split(" ", 2)[0],
                        directive -> directive.split(" ", 2)[1]));
    }
}
