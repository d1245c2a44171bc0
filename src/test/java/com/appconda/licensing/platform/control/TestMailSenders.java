package com.appconda.licensing.platform.control;

import java.time.Clock;
import java.util.Optional;

/** A MailSender set up as MicroProfile Config would, for the component tests of the features that send e-mail. */
public final class TestMailSenders {

    public static final String FROM = "reports@applicensing.test";

    private TestMailSenders() {}

    public static MailSender smtp(String host, int port, String user, String password, Clock clock) {
        MailSender sender = new MailSender();
        sender.host = Optional.ofNullable(host);
        sender.port = port;
        sender.username = Optional.ofNullable(user);
        sender.password = Optional.ofNullable(password);
        sender.from = Optional.of(FROM);
        sender.clock = clock;
        sender.open();
        return sender;
    }
}
