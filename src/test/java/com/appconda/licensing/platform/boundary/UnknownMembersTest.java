package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member the request does not have is refused, named by its path, with the member meant where it is plain. */
class UnknownMembersTest {

    public record Session(String sessionId, String action) {}

    public record Request(String productNumber, Boolean dryRun, Session session, Map<String, String> properties) {}

    @Test
    void aMistypedMemberIsRefusedNamingItAndTheMemberMeant() {
        RequestBodies.Read<Request> read =
                RequestBodies.read("{\"productNumber\":\"P\",\"dryrun\":true}", Request.class);

        assertThat(read.refusal())
                .containsExactly(Map.entry("dryrun", "is not a field of this request (did you mean dryRun?)"));
        assertThat(read.detail()).isEqualTo(BadJson.UNKNOWN_DETAIL);
    }

    @Test
    void aMemberLikeNoneIsRefusedWithoutAGuess() {
        assertThat(RequestBodies.read("{\"colour\":\"red\"}", Request.class).refusal())
                .containsExactly(Map.entry("colour", "is not a field of this request"));
    }

    @Test
    void aMemberDeepInTheBodyIsNamedByItsPath() {
        assertThat(RequestBodies.read("{\"session\":{\"sessionID\":\"s\"}}", Request.class)
                        .refusal())
                .containsExactly(
                        Map.entry("session.sessionID", "is not a field of this request (did you mean sessionId?)"));
    }

    @Test
    void aMapStillTakesAnyKeyAndKnownMembersStillBind() {
        RequestBodies.Read<Request> read = RequestBodies.read(
                "{\"productNumber\":\"P\",\"dryRun\":true,\"session\":{\"sessionId\":\"s\"},\"properties\":{\"any\":\"x\"}}",
                Request.class);

        assertThat(read.refused()).isFalse();
        assertThat(read.value().session().sessionId()).isEqualTo("s");
        assertThat(read.value().properties()).containsEntry("any", "x");
    }

    @Test
    void aFloodOfANameIsCutInTheProblem() {
        String name = "x".repeat(10_000);

        assertThat(RequestBodies.read("{\"" + name + "\":1}", Request.class)
                        .refusal()
                        .keySet())
                .singleElement()
                .satisfies(key -> assertThat(key).hasSize(65).endsWith("…"));
    }

    @Test
    void distanceCountsTheLettersToChange() {
        assertThat(BadJson.distance("dryrun", "dryrun")).isZero();
        assertThat(BadJson.distance("sesionid", "sessionid")).isEqualTo(1);
        assertThat(BadJson.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(BadJson.distance("", "abc")).isEqualTo(3);
    }
}
