package com.appconda.licensing.usage.control;

import com.appconda.licensing.usage.entity.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a usage event goes that the database refuses for what it holds (a value too long, a broken constraint), so
 * that it does not hold back every event after it: appended, as one JSON line with the database's reason, to a file
 * an operator can inspect and replay ({@code licensing.usage.dead-letter-file}), counted, and logged. An event is
 * acknowledged once its validation was answered; set aside here it is kept, not lost.
 */
@ApplicationScoped
public class UsageDeadLetters {

    private static final Logger LOG = Logger.getLogger(UsageDeadLetters.class.getName());

    @Inject
    @ConfigProperty(
            name = "licensing.usage.dead-letter-file",
            defaultValue = "${user.home}/.applicensing/usage-dead-letters.jsonl")
    String file;

    private final AtomicLong count = new AtomicLong();

    /** Set-aside events go to {@code file}: for a flusher outside the container. */
    public static UsageDeadLetters in(Path file) {
        UsageDeadLetters deadLetters = new UsageDeadLetters();
        deadLetters.file = file.toString();
        return deadLetters;
    }

    public void setAside(Usage event, String reason, Instant now) {
        count.incrementAndGet();
        String line = DeadLetterJson.line(event, reason, now);
        LOG.warning(() -> "usage event set aside, the database refused it (" + reason + "): " + line);
        try {
            Path path = path();
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(
                    path, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.log(
                    Level.SEVERE,
                    "usage event could not be written to " + file + " either; it is in this log: " + line,
                    e);
        }
    }

    /** How many events were set aside since the application started. */
    public long count() {
        return count.get();
    }

    Path path() {
        return Path.of(file.replace("${user.home}", System.getProperty("user.home")));
    }
}
