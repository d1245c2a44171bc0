package com.appconda.licensing.client;

import java.util.Map;

/** Why the client could not give an answer. The subclasses say what the vendor's software can do about it. */
public class LicensingClientException extends RuntimeException {

    LicensingClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The server refused the request with a problem document: a 4xx with its {@code type} (the last segment of
     * the problem's type URI, such as {@code not-found}, {@code invalid-input} or {@code api-key-revoked}), its
     * detail and the fields it names. Retrying the same request does not help.
     */
    public static final class Refused extends LicensingClientException {
        private final int status;
        private final String type;
        private final Map<String, String> fields;

        Refused(int status, String type, String detail, Map<String, String> fields) {
            super(status + " " + type + ": " + detail + (fields.isEmpty() ? "" : " " + fields), null);
            this.status = status;
            this.type = type;
            this.fields = Map.copyOf(fields);
        }

        public int status() {
            return status;
        }

        public String type() {
            return type;
        }

        public Map<String, String> fields() {
            return fields;
        }

        /** The key was revoked, expired or deactivated: stop asking and fall back, a retry will not help. */
        public boolean isKeyUnusable() {
            return type.startsWith("api-key-");
        }
    }

    /** Neither the server (after the retries) nor a stored offline file could answer. */
    public static final class Unavailable extends LicensingClientException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An answer arrived but must not be trusted: a bad signature, a stale ttl, or an answer to another request. */
    public static final class Untrusted extends LicensingClientException {
        Untrusted(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A floating checkOut found every seat held; the answer tells how many there are. */
    public static final class NoSeat extends LicensingClientException {
        private final transient ModuleAnswer answer;

        NoSeat(ModuleAnswer answer) {
            super("no free seat of " + answer.number() + ": " + answer.reasons(), null);
            this.answer = answer;
        }

        public ModuleAnswer answer() {
            return answer;
        }
    }
}
