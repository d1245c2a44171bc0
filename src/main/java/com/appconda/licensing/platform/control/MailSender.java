package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.MailMessage;
import com.appconda.licensing.platform.entity.MailUnavailableException;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through the SMTP server of the configuration ({@code licensing.mail.*}, MicroProfile Config), with a
 * Jakarta Mail session of its own rather than a server's mail resource, so that Payara and WildFly are set up the
 * same way: by properties. Without {@code licensing.mail.smtp.host} and {@code licensing.mail.from} the server
 * sends nothing and says so.
 */
@ApplicationScoped
public class MailSender {

    /** How long a connection to, or an answer from, the SMTP server may take before the send fails. */
    static final String TIMEOUT_MILLIS = "10000";

    @Inject
    @ConfigProperty(name = "licensing.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "licensing.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "licensing.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "licensing.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "licensing.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "licensing.mail.from")
    Optional<String> from;

    @Inject
    Clock clock;

    private Session session;

    @PostConstruct
    void open() {
        if (!configured()) {
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.get().trim());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (startTls) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Authenticator login = null;
        if (username.filter(u -> !u.isBlank()).isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = username.get();
            String secret = password.orElse("");
            login = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, secret);
                }
            };
        }
        session = Session.getInstance(properties, login);
    }

    /** Whether this server has an SMTP server to send through. */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent()
                && from.filter(f -> !f.isBlank()).isPresent();
    }

    public void send(MailMessage mail) throws MailUnavailableException {
        if (session == null) {
            throw MailUnavailableException.noServer();
        }
        try {
            Transport.send(mime(mail));
        } catch (MessagingException | RuntimeException refused) {
            throw MailUnavailableException.failed(host.get() + ":" + port, refused);
        }
    }

    private MimeMessage mime(MailMessage mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from.get().trim(), true));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        if (mail.attachment() == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment(), mail.attachmentType())));
        attachment.setFileName(mail.attachmentName());
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart(text, attachment));
        return message;
    }
}
