package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rate limits over HTTP: 429 problems with {@code Retry-After} and the draft-10 {@code RateLimit} fields, per
 * API key on the Broker and on the rest of the API. The test deployment sets the per-key limits to {@value
 * #KEY_QUOTA} per 10 minutes (pom.xml, failsafe); each key is the test's own, so the other test classes keep theirs.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    static final int KEY_QUOTA = 20;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void brokerKeyOverItsLimitGets429WhileAnotherKeyOfTheVendorGoesOn() {
        Api vendor = Api.signUpVendor(base, "limits");
        String product = Seed.product(vendor, Api.unique("P")).getString("number");
        String customer = Seed.licensee(vendor, product, Api.unique("C")).getString("number");
        Broker first = new Broker(vendor.withBearer(key(vendor, "BROKER")), product);
        Broker second = new Broker(vendor.withBearer(key(vendor, "BROKER")), product);

        for (int call = 1; call <= KEY_QUOTA; call++) {
            Reply reply = first.validate(customer).expect(200);
            assertThat(reply.header("RateLimit"))
                    .as(reply.describe())
                    .contains("\"broker-key\";r=" + (KEY_QUOTA - call));
            assertThat(reply.header("RateLimit-Policy"))
                    .as(reply.describe())
                    .contains("\"broker-key\";q=" + KEY_QUOTA + ";w=600")
                    .contains("\"broker-address\";q=");
        }
        Reply refused = first.validate(customer);

        assertTooManyRequests(refused, "broker-key");
        assertThat(refused.header("RateLimit-Policy")).contains("\"broker-key\";q=" + KEY_QUOTA + ";w=600");
        assertThat(second.validate(customer).expect(200).header("RateLimit"))
                .contains("\"broker-key\";r=" + (KEY_QUOTA - 1));
    }

    @Test
    void restOfTheApiHasItsOwnKeyLimitAndUsersNone() {
        Api vendor = Api.signUpVendor(base, "api-limits");
        Api readOnly = vendor.withBearer(key(vendor, "READ_ONLY"));

        for (int call = 1; call <= KEY_QUOTA; call++) {
            readOnly.get("products").expect(200);
        }

        assertTooManyRequests(readOnly.get("products"), "api-key");
        for (int call = 0; call <= KEY_QUOTA; call++) {
            assertThat(vendor.get("products").expect(200).header("RateLimit")).doesNotContain("api-key");
        }
    }

    private static void assertTooManyRequests(Reply reply, String limit) {
        JsonObject problem = reply.problemOfType(429, "rate-limited");
        assertThat(problem.getString("detail")).contains(limit);
        String retryAfter = reply.header("Retry-After");
        assertThat(retryAfter).as(reply.describe()).matches("[1-9][0-9]*");
        assertThat(reply.header("RateLimit")).as(reply.describe()).contains("\"" + limit + "\";r=0;t=" + retryAfter);
        assertThat(reply.header("RateLimit-Policy")).as(reply.describe()).contains("\"" + limit + "\";q=");
    }

    private static String key(Api vendor, String role) {
        return vendor.post("api-keys", Json.object("role", role)).created().getString("secret");
    }
}
