package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleJsonObjectTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"name\":\"x\"}",
                "  {\"a\":[1,{\"b\":[]}],\"c\":null}  ",
                "{\"modules\":{\"M1\":{\"sessionId\":\"s\"}}}"
            })
    void oneObjectPasses(String body) {
        assertThat(SingleJsonObject.refusalOf(bytes(body))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[{\"name\":\"x\"}]",
                "\"x\"",
                "42",
                "null",
                "{\"name\":\"x\"}{\"name\":\"y\"}",
                "{\"name\":\"x\"} 1",
                "{\"name\":\"x\"",
                "{\"name\":",
                "{'name':'x'}",
                "hello"
            })
    void anythingElseIsRefused(String body) {
        assertThat(SingleJsonObject.refusalOf(bytes(body))).isPresent();
    }

    /** #10 defect 1: bodies of one to three bytes made the runtime's parser throw (encoding detection): a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "1", " ", "\n", "\t\r\n ", "[", "]", "\"", "{}}", "nul", "-", "0."})
    void tinyAndBlankBodiesAreRefusedNeverThrown(String body) {
        assertThat(SingleJsonObject.refusalOf(bytes(body))).isPresent();
    }

    @Test
    void anEmptyBodyIsRefusedAsEmpty() {
        assertThat(SingleJsonObject.refusalOf(new byte[0]))
                .get()
                .extracting(SingleJsonObject.Refusal::detail)
                .asString()
                .contains("empty");
    }

    /** Broken encodings: invalid UTF-8, a lone continuation byte, an overlong form, UTF-16 with its byte order mark. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "7B2261223A22C328227D",
                "7B2261223A2280227D",
                "7B2261223A22C0AF227D",
                "FEFF007B0022006100220020003A00220078002200",
                "EFBBBF7B7D"
            })
    void bodiesThatAreNotUtf8JsonAreRefused(String hex) {
        assertThat(SingleJsonObject.refusalOf(HexFormat.of().parseHex(hex))).isPresent();
    }

    /** #10 defect 6: a lone UTF-16 surrogate was stored as '?': text must be whole characters. */
    @ParameterizedTest
    @ValueSource(
            strings = {"{\"name\":\"x\\uD800\"}", "{\"name\":\"\\uDC00y\"}", "{\"properties\":{\"\\uD83D\":\"v\"}}"})
    void textWithALoneSurrogateIsRefusedNamingTheMemberThatHoldsIt(String body) {
        SingleJsonObject.Refusal refusal =
                SingleJsonObject.refusalOf(bytes(body)).orElseThrow();
        assertThat(refusal.field())
                .as("a name that is no whole text: its object")
                .isEqualTo(body.contains("properties") ? "properties" : "name");
        assertThat(SingleJsonObject.refusalOf(bytes("{\"name\":\"\\uD83D\\uDE80 paired\"}")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 100_000})
    void deepOrUnterminatedNestingIsRefusedPromptly(int depth) {
        String body = "{\"name\":\"x\",\"discounts\":" + "[".repeat(depth);
        // A guard against the runtime parser's endless loop on unterminated input, not a speed goal.
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThat(SingleJsonObject.refusalOf(bytes(body))).isPresent());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":\"nul\\u0000char\"}",
                "{\"properties\":{\"a\":\"x\\u0000\"}}",
                "{\"properties\":{\"a\\u0000\":\"x\"}}",
                "{\"modules\":{\"M1\":{\"sessionId\":\"\\u0000\"}}}",
                "{\"discounts\":[{\"note\":\"x\"},{\"amount\":\"\\u0000\"}]}"
            })
    void textWithANulCharacterIsRefusedNamingTheMemberThatHoldsIt(String body) {
        SingleJsonObject.Refusal refusal =
                SingleJsonObject.refusalOf(bytes(body)).orElseThrow();
        String expected = body.contains("modules")
                ? "modules.M1.sessionId"
                : body.contains("discounts")
                        ? "discounts.amount"
                        : body.contains("\"a\":")
                                ? "properties.a"
                                : body.contains("properties") ? "properties" : "name";
        assertThat(refusal.field()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"na\\u0000me\":\"x\"}", "{\"\\uD800\":1}"})
    void aTopLevelMemberNameThatIsNotWholeTextIsNotRepeatedInTheAnswer(String body) {
        assertThat(SingleJsonObject.refusalOf(bytes(body)).orElseThrow().field())
                .isEqualTo("body");
    }
}
