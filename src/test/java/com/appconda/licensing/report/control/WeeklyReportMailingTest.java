package com.appconda.licensing.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.components.TestDatabase;
import com.appconda.licensing.platform.control.TestMailSenders;
import com.appconda.licensing.report.entity.DailyFact;
import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.ReportWeek;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly e-mail on the real schema (H2 in memory, the server's migrations) through a real SMTP server
 * (GreenMail): who gets it when, once per week however many nodes try, and again after a failure.
 */
class WeeklyReportMailingTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    static final LocalTime DUE_AT = LocalTime.of(6, 0);
    static final ReportWeek WEEK = new ReportWeek(LocalDate.parse("2026-11-23"));
    /** Monday after the week, 07:00: the week's e-mail is due. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T07:00:00Z");

    private ReportDatabase database;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource dataSource = TestDatabase.migratedH2("report-mail");
        database = new ReportDatabase();
        database.dataSource = dataSource;
        vendor(1, "Acme");
        vendor(2, "Globex");
        vendor(3, "Initech");
        fact(1, WEEK.monday(), "C-1", 40);
        fact(1, WEEK.sunday(), "C-2", 2);
        fact(1, WEEK.sunday().plusDays(1), "C-1", 1_000);
        fact(2, WEEK.monday().plusDays(2), "G-1", 7);
    }

    @Test
    void eachVendorWhoAskedGetsTheWeekOnceOnTheMondayAfterItWithItsOwnFigures() throws Exception {
        WeeklyReportMailing node = node(MONDAY_MORNING);
        node.store.save(1, "ops@acme.test", true, WEEK.previous());
        node.store.save(2, "bi@globex.test", true, WEEK.previous());
        node.store.save(3, "nobody@initech.test", false, WEEK.previous());

        assertThat(node(Instant.parse("2026-11-30T05:59:00Z")).sendDue(DUE_AT))
                .as("before the time")
                .isZero();
        assertThat(node.sendDue(DUE_AT)).isEqualTo(2);
        assertThat(node.sendDue(DUE_AT)).as("the next hour").isZero();
        assertThat(node(MONDAY_MORNING.plusSeconds(3_600)).sendDue(DUE_AT))
                .as("another node")
                .isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received)
                .extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("ops@acme.test", "bi@globex.test");
        MimeMessage acme =
                received[0].getAllRecipients()[0].toString().equals("ops@acme.test") ? received[0] : received[1];
        assertThat(acme.getSubject()).endsWith("2026-11-23 to 2026-11-29: 42 validations");
        String csv = new String(
                ((Multipart) acme.getContent()).getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n"))
                .hasSize(8)
                .contains("2026-11-23,2026-11-23,40,40,0,1,0,,0,0,0,,", "2026-11-29,2026-11-29,2,2,0,1,0,,0,0,0,,");
        assertThat(node.store.find(1).orElseThrow().sentWeek()).isEqualTo(WEEK.monday());
        assertThat(node.store.find(3).orElseThrow().sentWeek())
                .as("switched off")
                .isEqualTo(WEEK.previous().monday());
    }

    @Test
    void switchedOnInTheMiddleOfAWeekTheFirstMailIsTheNextWeeks() throws Exception {
        WeeklyReportMailing wednesday = node(Instant.parse("2026-11-25T10:00:00Z"));
        wednesday.store.save(1, "ops@acme.test", true, ReportWeek.lastEndedAt(Instant.parse("2026-11-25T10:00:00Z")));

        assertThat(wednesday.sendDue(DUE_AT))
                .as("the week before it was switched on")
                .isZero();
        assertThat(node(MONDAY_MORNING).sendDue(DUE_AT))
                .as("the week it was switched on in")
                .isEqualTo(1);
    }

    @Test
    void twoNodesAtOnceSendTheWeekOnce() throws Exception {
        WeeklyReportMailing first = node(MONDAY_MORNING);
        WeeklyReportMailing second = node(MONDAY_MORNING);
        first.store.save(1, "ops@acme.test", true, WEEK.previous());

        assertThat(first.store.claim(1, WEEK, MONDAY_MORNING, MONDAY_MORNING.minus(WeeklyReportMailing.CLAIM_LEASE)))
                .isTrue();
        assertThat(second.sendDue(DUE_AT)).as("the first node's claim holds").isZero();
        assertThat(node(MONDAY_MORNING.plus(WeeklyReportMailing.CLAIM_LEASE).plusSeconds(1))
                        .sendDue(DUE_AT))
                .as("the first node died before it sent: after the lease another sends it")
                .isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aFailedSendIsRecordedAndTheNextTrySendsIt() throws Exception {
        WeeklyReportMailing broken = node(MONDAY_MORNING, 1);
        broken.store.save(1, "ops@acme.test", true, WEEK.previous());

        assertThat(broken.sendDue(DUE_AT)).isZero();
        ReportMailStore.Row failed = broken.store.find(1).orElseThrow();
        assertThat(failed.lastFailure()).contains("127.0.0.1:1");
        assertThat(failed.sentWeek()).isEqualTo(WEEK.previous().monday());

        WeeklyReportMailing repaired = node(MONDAY_MORNING.plusSeconds(3_600));
        assertThat(repaired.sendDue(DUE_AT)).isEqualTo(1);
        assertThat(repaired.store.find(1).orElseThrow().lastFailure()).isNull();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void sendingNowSendsTheWeekAskedForWithoutTakingTheTimersTurn() throws Exception {
        WeeklyReportMailing node = node(Instant.parse("2026-12-02T15:00:00Z"));
        node.store.save(1, "ops@acme.test", true, WEEK);

        assertThat(node.lastEndedWeek()).isEqualTo(new ReportWeek(LocalDate.parse("2026-11-23")));
        node.sendNow(1, "test@acme.test", WEEK);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).endsWith(": 42 validations");
        assertThat(node.store.find(1).orElseThrow().sentAt())
                .as("the timer's record")
                .isNull();
    }

    private WeeklyReportMailing node(Instant now) {
        return node(now, SMTP.getSmtp().getPort());
    }

    private WeeklyReportMailing node(Instant now, int smtpPort) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        WeeklyReportMailing mailing = new WeeklyReportMailing();
        mailing.store = new ReportMailStore();
        mailing.store.database = database;
        mailing.queries = new UsageReportQueries();
        mailing.queries.database = database;
        mailing.mail = TestMailSenders.smtp("127.0.0.1", smtpPort, null, null, clock);
        mailing.clock = clock;
        return mailing;
    }

    private void vendor(long id, String name) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO vendor (id, version, number, name, email,"
                        + " default_currency, time_zone, created_at) VALUES (?, 1, ?, ?, ?, 'EUR', 'UTC', ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "V-" + id);
            insert.setString(3, name);
            insert.setString(4, name.toLowerCase() + "@example.com");
            insert.setObject(5, MONDAY_MORNING.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private void fact(long vendorId, LocalDate day, String licensee, long validations) throws SQLException {
        UsageFactStore facts = new UsageFactStore();
        facts.database = database;
        facts.insert(List.of(new DailyFact(
                day,
                vendorId,
                new FactKey("P-1", "M-1", licensee),
                "Subscription",
                validations,
                validations,
                0,
                0,
                null,
                null,
                0,
                0,
                0,
                null)));
    }
}
