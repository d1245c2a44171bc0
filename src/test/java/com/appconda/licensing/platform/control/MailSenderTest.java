package com.appconda.licensing.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.platform.entity.MailMessage;
import com.appconda.licensing.platform.entity.MailUnavailableException;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP conversation for real, against GreenMail in this JVM. */
class MailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("reports", "s3cret"));

    static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

    @Test
    void anEMailWithItsCsvArrivesAsSent() throws Exception {
        MailSender sender = sender("127.0.0.1", SMTP.getSmtp().getPort(), "reports", "s3cret");
        byte[] csv = "from,to\r\n2026-11-23,2026-11-23\r\n".getBytes(StandardCharsets.UTF_8);

        sender.send(new MailMessage(
                "ops@example.com", "Weekly report ü", "The figures.\r\n", "usage.csv", "text/csv; charset=UTF-8", csv));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Weekly report ü");
        assertThat(mail.getFrom()[0].toString()).isEqualTo(TestMailSenders.FROM);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ops@example.com");
        assertThat(mail.getSentDate().toInstant()).isEqualTo(NOW);
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("The figures.");
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("usage.csv");
        assertThat(attachment.getContentType()).startsWith("text/csv");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(csv);
    }

    @Test
    void withoutAnSmtpHostNothingIsSentAndTheErrorNamesTheSettings() {
        MailSender sender = sender(null, 25, null, null);

        assertThat(sender.configured()).isFalse();
        assertThatThrownBy(() -> sender.send(new MailMessage("ops@example.com", "s", "t", null, null, null)))
                .isInstanceOf(MailUnavailableException.class)
                .hasMessageContaining("licensing.mail.smtp.host")
                .matches(e -> ((MailUnavailableException) e).isNotConfigured());
    }

    @Test
    void aServerThatIsNotThereFailsWithItsAddressAndNoWait() {
        MailSender sender = sender("127.0.0.1", 1, null, null);

        assertThatThrownBy(() -> sender.send(new MailMessage("ops@example.com", "s", "t", null, null, null)))
                .isInstanceOf(MailUnavailableException.class)
                .hasMessageContaining("127.0.0.1:1")
                .matches(e -> !((MailUnavailableException) e).isNotConfigured());
    }

    @Test
    void aWrongPasswordIsTheServersRefusal() {
        MailSender sender = sender("127.0.0.1", SMTP.getSmtp().getPort(), "reports", "wrong");

        assertThatThrownBy(() -> sender.send(new MailMessage("ops@example.com", "s", "t", null, null, null)))
                .isInstanceOf(MailUnavailableException.class)
                .hasMessageContaining("did not take the e-mail");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    static MailSender sender(String host, int port, String user, String password) {
        return TestMailSenders.smtp(host, port, user, password, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
