package com.appconda.licensing.platform.entity;

import java.util.Arrays;
import java.util.Objects;

/**
 * An e-mail to send: plain text, with at most one attachment.
 *
 * @param attachmentName file name the recipient sees; null without an attachment
 * @param attachmentType its media type, as {@code text/csv; charset=UTF-8}
 */
public record MailMessage(
        String to, String subject, String text, String attachmentName, String attachmentType, byte[] attachment) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachment = attachment == null ? null : attachment.clone();
    }

    @Override
    public byte[] attachment() {
        return attachment == null ? null : attachment.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailMessage m
                && to.equals(m.to)
                && subject.equals(m.subject)
                && text.equals(m.text)
                && Objects.equals(attachmentName, m.attachmentName)
                && Objects.equals(attachmentType, m.attachmentType)
                && Arrays.equals(attachment, m.attachment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(to, subject, text, attachmentName, attachmentType, Arrays.hashCode(attachment));
    }

    @Override
    public String toString() {
        return "MailMessage[to=" + to + ", subject=" + subject + ", attachment=" + attachmentName + "]";
    }
}
