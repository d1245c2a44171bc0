package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleJsonObjectTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"name\":\"x\"}", "  {\"a\":[1,{\"b\":[]}],\"c\":null}  ",
            "{\"modules\":{\"M1\":{\"sessionId\":\"s\"}}}"})
    void oneObjectPasses(String body) {
        assertThat(SingleJsonObject.refusalOf(bytes(body))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"name\":\"x\"}]", "\"x\"", "42", "null", "{\"name\":\"x\"}{\"name\":\"y\"}",
            "{\"name\":\"x\"} 1", "{\"name\":\"x\"", "{\"name\":", "{'name':'x'}", "hello"})
    void anythingElseIsRefused(String body) {
        assertThat(SingleJsonObject.refusalOf(bytes(body))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 100_000})
    void deepOrUnterminatedNestingIsRefusedPromptly(int depth) {
        String body = "{\"name\":\"x\",\"discounts\":" + "[".repeat(depth);
        // A guard against the runtime parser's endless loop on unterminated input, not a speed goal.
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThat(SingleJsonObject.refusalOf(bytes(body))).isPresent());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"nul\\u0000char\"}", "{\"properties\":{\"a\":\"x\\u0000\"}}",
            "{\"properties\":{\"a\\u0000\":\"x\"}}"})
    void textWithANulCharacterIsRefusedNamingTheTopLevelMember(String body) {
        SingleJsonObject.Refusal refusal = SingleJsonObject.refusalOf(bytes(body)).orElseThrow();
        assertThat(refusal.field()).isEqualTo(body.contains("properties") ? "properties" : "name");
    }
}
