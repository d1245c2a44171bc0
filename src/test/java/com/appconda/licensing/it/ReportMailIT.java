package com.appconda.licensing.it;

import static com.appconda.licensing.it.Broker.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly report e-mail through the running server: settings through the API, usage recorded through the
 * Broker and aggregated by the job, and the e-mail as an SMTP server (GreenMail, in this JVM, on the port the test
 * server is configured with: licensing.mail.smtp.port in the pom) receives it.
 */
@ExtendWith(ArquillianExtension.class)
class ReportMailIT {

    /** The test server's licensing.mail.smtp.port (it.server.options in the pom). */
    static final int SMTP_PORT = 3925;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api vendor;
    String today;

    @BeforeEach
    void vendor() {
        vendor = Api.signUpVendor(base, "mail");
        today = LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void theWeeksEMailCarriesTheFiguresTheReportShowsAndItsDaysAsTheUsageCsv() throws Exception {
        JsonObject initial = vendor.get("reports/mail").ok();
        assertThat(initial.getBoolean("enabled")).isFalse();
        assertThat(initial.getString("recipient")).isEqualTo(vendor.username() + "@example.com");
        assertThat(initial.getBoolean("smtpConfigured")).isTrue();

        JsonObject saved = vendor.send(
                        "PUT",
                        "reports/mail",
                        Json.object("recipient", "bi@vendor.test", "enabled", true)
                                .toString())
                .ok();
        assertThat(saved.getBoolean("enabled")).isTrue();
        assertThat(saved.getString("recipient")).isEqualTo("bi@vendor.test");
        LocalDate monday = LocalDate.parse(today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(saved.getString("sentWeek"))
                .as("the first e-mail the timer sends is the current week's")
                .isEqualTo(monday.minusWeeks(1).toString());

        consumeAndAggregate(4);

        JsonObject sent =
                vendor.send("POST", "reports/mail/send?week=" + today, null).ok();
        assertThat(sent.getString("from")).isEqualTo(monday.toString());
        assertThat(sent.getString("to")).isEqualTo(monday.plusDays(6).toString());
        assertThat(sent.getString("recipient")).isEqualTo("bi@vendor.test");

        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(SMTP::getReceivedMessages, received -> received.length == 1)[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("bi@vendor.test");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("reports@applicensing.test");
        assertThat(mail.getSubject())
                .isEqualTo("AppLicensing weekly usage report, " + monday + " to " + monday.plusDays(6)
                        + ": 4 validations");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0)))
                .contains("Usage of mail Ltd's licenses")
                .containsPattern("Units consumed +8")
                .containsPattern("Pay-per-use units left +92");
        String csv = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Reply report = vendor.sendWithHeader(
                "GET",
                "reports/usage?granularity=day&from=" + monday + "&to=" + monday.plusDays(6),
                null,
                "Accept",
                "text/csv");
        assertThat(csv)
                .as("the attachment is the usage report of the week's days")
                .isEqualTo(report.body());
        assertThat(csv)
                .as("the licensee and the license made today are new")
                .contains(today + "," + today + ",4,4,0,1,8,,0,1,1,92,");
    }

    @Test
    void badSettingsAndWeeksAreRefusedOnTheirFieldsAndNothingIsSaved() {
        vendor.send(
                        "PUT",
                        "reports/mail",
                        Json.object("recipient", "a@b.test, c@d.test", "enabled", true)
                                .toString())
                .problemNaming(400, "recipient");
        vendor.send(
                        "PUT",
                        "reports/mail",
                        Json.object("recipient", "bi@vendor.test").toString())
                .problemNaming(400, "enabled");
        assertThat(vendor.get("reports/mail").ok().getBoolean("enabled")).isFalse();

        String nextWeek =
                LocalDate.parse(today).plusWeeks(1).with(DayOfWeek.MONDAY).toString();
        vendor.send("POST", "reports/mail/send?week=" + nextWeek, null).problemNaming(400, "week");
        vendor.send("POST", "reports/mail/send?week=yesterday", null).problemNaming(400, "week");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anSmtpServerThatIsDownIsAClearServiceUnavailableProblem() {
        SMTP.stop();
        try {
            JsonObject problem =
                    vendor.send("POST", "reports/mail/send", null).problemOfType(503, "service-unavailable");
            assertThat(problem.getString("detail")).contains("127.0.0.1:" + SMTP_PORT);
        } finally {
            SMTP.start();
        }
    }

    /** Consumes 2 units 'validations' times through the Broker and runs the job for today until it has them all. */
    private void consumeAndAggregate(int validations) {
        String product = Api.unique("P");
        Seed.product(vendor, product);
        String module = Api.unique("M");
        Seed.module(vendor, product, module, "licensingModel", "PayPerUse");
        String template = Api.unique("T");
        Seed.template(vendor, module, template, "licenseType", "QUANTITY", "quantity", 100);
        String licensee = Api.unique("C");
        Seed.licensee(vendor, product, licensee);
        Seed.license(vendor, licensee, template, Api.unique("L"));
        Broker broker = new Broker(vendor, product);
        for (int i = 0; i < validations; i++) {
            broker.answer(licensee, "modules", params(module, "usedQuantity", 2));
        }
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> {
                            long run = vendor.post("reports/runs", Json.object("from", today, "to", today))
                                    .jsonWith(202)
                                    .getJsonNumber("executionId")
                                    .longValue();
                            await().atMost(Duration.ofSeconds(60))
                                    .pollInterval(Duration.ofMillis(200))
                                    .until(
                                            () -> vendor.get("reports/runs/" + run)
                                                    .ok(),
                                            r -> !r.getBoolean("running"));
                            return vendor.get("reports/usage?from=" + today + "&to=" + today)
                                    .jsonArray()
                                    .getJsonObject(0)
                                    .getInt("validations");
                        },
                        found -> found == validations);
    }
}
