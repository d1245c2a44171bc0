package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.generated.ApiClient;
import com.appconda.licensing.generated.ApiException;
import com.appconda.licensing.generated.ApiResponse;
import com.appconda.licensing.generated.api.BrokerApi;
import com.appconda.licensing.generated.api.LicenseTemplatesApi;
import com.appconda.licensing.generated.api.LicenseesApi;
import com.appconda.licensing.generated.api.LicensesApi;
import com.appconda.licensing.generated.api.ProductModulesApi;
import com.appconda.licensing.generated.api.ProductsApi;
import com.appconda.licensing.generated.api.VendorAccountApi;
import com.appconda.licensing.generated.model.LicenseRequest;
import com.appconda.licensing.generated.model.LicenseTemplateRequest;
import com.appconda.licensing.generated.model.LicenseeRequest;
import com.appconda.licensing.generated.model.ModuleParameters;
import com.appconda.licensing.generated.model.ModuleValidation;
import com.appconda.licensing.generated.model.OfflineLicenseRequest;
import com.appconda.licensing.generated.model.ProductModuleRequest;
import com.appconda.licensing.generated.model.ProductRequest;
import com.appconda.licensing.generated.model.Reason;
import com.appconda.licensing.generated.model.SignUpRequest;
import com.appconda.licensing.generated.model.SigningKeyResponse;
import com.appconda.licensing.generated.model.ValidationAnswer;
import com.appconda.licensing.generated.model.ValidationRequest;
import com.appconda.licensing.verifier.LicenseVerifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client generated from the served OpenAPI document by openapi-generator (Java, java.net.http, Jackson) at build
 * time, driven against the server as an integrator would: sign up, build a product with a Floating and a
 * Subscription module, issue licenses, validate with typed answers (seats, reason codes as enums), verify the
 * signature over the bytes it received, fetch an offline file, and read a 404 as a problem. Nothing here is written
 * by hand against the API but the calls.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aGeneratedClientBuildsACatalogAndValidatesWithTypedAnswers() throws Exception {
        String user = Api.unique("gen").toLowerCase();
        String password = "generated-client-1";
        new VendorAccountApi(client(null, null))
                .signUp(new SignUpRequest()
                        .vendorName("Generated Client GmbH")
                        .email(user + "@example.com")
                        .username(user)
                        .password(password));
        ApiClient vendor = client(user, password);

        String product = Api.unique("P");
        new ProductsApi(vendor)
                .createProduct(new ProductRequest().number(product).name("Generated"));
        String seats = Api.unique("SEATS");
        String updates = Api.unique("SUB");
        ProductModulesApi modules = new ProductModulesApi(vendor);
        modules.createProductModule(new ProductModuleRequest()
                .number(seats)
                .name("Seats")
                .productNumber(product)
                .licensingModel("Floating")
                .properties(Map.of("maxCheckoutValidity", "300")));
        modules.createProductModule(new ProductModuleRequest()
                .number(updates)
                .name("Updates")
                .productNumber(product)
                .licensingModel("Subscription"));
        String pool = Api.unique("T");
        String yearly = Api.unique("T");
        LicenseTemplatesApi templates = new LicenseTemplatesApi(vendor);
        templates.createLicenseTemplate(new LicenseTemplateRequest()
                .number(pool)
                .name("Two seats")
                .productModuleNumber(seats)
                .licenseType(LicenseTemplateRequest.LicenseTypeEnum.FLOATING)
                .maxSessions(2));
        templates.createLicenseTemplate(new LicenseTemplateRequest()
                .number(yearly)
                .name("A year of updates")
                .productModuleNumber(updates)
                .licenseType(LicenseTemplateRequest.LicenseTypeEnum.TIMEVOLUME)
                .timeVolume(1)
                .timeVolumePeriod(LicenseTemplateRequest.TimeVolumePeriodEnum.YEAR));
        String customer = Api.unique("C");
        new LicenseesApi(vendor)
                .createLicensee(
                        new LicenseeRequest().number(customer).name("Customer").productNumber(product));
        LicensesApi licenses = new LicensesApi(vendor);
        licenses.createLicense(new LicenseRequest()
                .number(Api.unique("L"))
                .licenseeNumber(customer)
                .licenseTemplateNumber(pool));
        licenses.createLicense(new LicenseRequest()
                .number(Api.unique("L"))
                .licenseeNumber(customer)
                .licenseTemplateNumber(yearly));

        BrokerApi broker = new BrokerApi(vendor);
        ApiResponse<ValidationAnswer> checkOut = broker.validateWithHttpInfo(
                customer,
                new ValidationRequest()
                        .productNumber(product)
                        .nonce("gen-1")
                        .modules(Map.of(
                                seats,
                                new ModuleParameters()
                                        .sessionId("ws-1")
                                        .action(ModuleParameters.ActionEnum.CHECK_OUT))),
                "generated-" + customer);
        ValidationAnswer answer = checkOut.getData();
        assertThat(answer.getValid()).isTrue();
        assertThat(answer.getNonce()).isEqualTo("gen-1");
        ModuleValidation seat = module(answer, seats);
        assertThat(seat.getSeats()).isEqualTo(2L);
        assertThat(seat.getSeatsFree()).isEqualTo(1L);
        assertThat(seat.getExpirationTimestamp()).isAfter(java.time.OffsetDateTime.now());
        assertThat(module(answer, updates).getExpires())
                .isAfter(java.time.OffsetDateTime.now().plusDays(300));

        ValidationAnswer stateOnly = broker.validate(
                customer, new ValidationRequest().productNumber(product).nonce("gen-2"), null);
        assertThat(stateOnly.getValid()).isTrue();
        assertThat(module(stateOnly, seats).getReasons())
                .extracting(Reason::getCode)
                .containsExactly(Reason.CodeEnum.SEAT_STATE_ONLY);

        SigningKeyResponse key = new VendorAccountApi(vendor).getCurrentSigningKey();
        assertThat(checkOut.getHeaders().get("Licensing-Signature")).isNotEmpty();
        assertThat(key.getAlgorithm()).isEqualTo("Ed25519");

        var offline = broker.issueOfflineLicense(
                customer, new OfflineLicenseRequest().productNumber(product).validDays(7));
        assertThat(offline.getFormat())
                .isEqualTo(
                        com.appconda.licensing.generated.model.OfflineLicenseFile.FormatEnum
                                .APPLICENSING_OFFLINE_LICENSE_1);
        String payload = new String(Base64.getUrlDecoder().decode(offline.getPayload()), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"licenseeNumber\":\"" + customer + "\"");
        assertThat(LicenseVerifier.trusting(key.getKeyId(), key.getPublicKey())
                        .verifyOfflineLicense(jsonOf(offline), customer, product, Instant.now())
                        .isValid(updates))
                .isTrue();

        assertThatThrownBy(() -> new LicenseesApi(vendor).getLicensee("NO-SUCH-LICENSEE"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(404);
                    assertThat(refused.getResponseBody()).contains("\"type\"", "not-found");
                });
        assertThat(new ProductsApi(vendor).listProducts(null, true, 0, 20, null).getItems())
                .extracting(p -> p.getNumber())
                .containsExactly(product);
    }

    private ApiClient client(String user, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        }
        return client;
    }

    private static ModuleValidation module(ValidationAnswer answer, String number) {
        List<ModuleValidation> modules = answer.getModules();
        return modules.stream()
                .filter(m -> m.getProductModuleNumber().equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no module " + number + " in " + answer));
    }

    /** The file as the server sent it, from the typed one: the members in the order the verifier reads any. */
    private static String jsonOf(com.appconda.licensing.generated.model.OfflineLicenseFile file) {
        return "{\"format\":\"" + file.getFormat().getValue() + "\",\"keyId\":\"" + file.getKeyId()
                + "\",\"algorithm\":\""
                + file.getAlgorithm().getValue() + "\",\"payload\":\"" + file.getPayload() + "\",\"signature\":\""
                + file.getSignature() + "\"}";
    }
}
