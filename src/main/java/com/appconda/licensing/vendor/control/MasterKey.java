package com.appconda.licensing.vendor.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts vendors' private signing keys at rest with AES-256-GCM ({@link SealingKey}). The key comes from the
 * configuration ({@code licensing.master-key}, base64 of 32 bytes, e.g. from a secret store) or, failing that,
 * from a key file ({@code licensing.master-key-file}) that is created once with owner-only permissions. Either
 * way it never lives in the database, so a database dump alone cannot sign.
 *
 * <p>For a rotation the previous key is configured next to the new one ({@code licensing.master-key-previous} or
 * {@code licensing.master-key-previous-file}): what is still sealed under it opens, everything new is sealed under
 * the current key, and {@code MasterKeyRotation} reseals the rest at start.
 */
@ApplicationScoped
public class MasterKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "licensing.master-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "licensing.master-key-file", defaultValue = "${user.home}/.applicensing/master.key")
    String keyFile;

    @Inject
    @ConfigProperty(name = "licensing.master-key-previous")
    Optional<String> configuredPreviousKey;

    @Inject
    @ConfigProperty(name = "licensing.master-key-previous-file")
    Optional<String> previousKeyFile;

    private SealingKey current;
    private Optional<SealingKey> previous;

    @PostConstruct
    void load() {
        current = sealingKey(
                "licensing.master-key", configuredKey.map(MasterKey::decoded).orElseGet(() -> currentKeyFile(keyFile)));
        previous = configuredPreviousKey
                .map(MasterKey::decoded)
                .or(() -> previousKeyFile.map(MasterKey::previousKeyFileContent))
                .map(bytes -> sealingKey("licensing.master-key-previous", bytes));
        if (previous.isPresent() && MessageDigest.isEqual(previous.get().bytes(), current.bytes())) {
            throw new IllegalStateException("licensing.master-key-previous is the current master key: set the new"
                    + " key as licensing.master-key and the old one as licensing.master-key-previous");
        }
    }

    /** Whether a previous key is configured, that is, whether a rotation is under way. */
    public boolean rotating() {
        return previous.isPresent();
    }

    /**
     * A key of its own for another purpose (HMAC-SHA256 of the purpose under the master key), so that nodes
     * sharing the master key share it too, and no use of it can reveal the master key or another derived key.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(current.bytes(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public String encrypt(byte[] plain) {
        return current.seal(plain);
    }

    /** Opens what either key sealed, the current one first. */
    public byte[] decrypt(String encoded) {
        return current.open(encoded)
                .or(() -> previous.flatMap(key -> key.open(encoded)))
                .orElseThrow(() -> new IllegalStateException(
                        "a signing key opens with neither configured master key: wrong licensing.master-key?"));
    }

    /** Whether the current key opens it, so that a rotation has nothing left to do for it. */
    public boolean sealedWithCurrent(String encoded) {
        return current.open(encoded).isPresent();
    }

    /** What is sealed under the previous key, sealed under the current one; empty if the previous key cannot open it. */
    public Optional<String> resealed(String encoded) {
        return previous.flatMap(key -> key.open(encoded)).map(current::seal);
    }

    private static SealingKey sealingKey(String property, byte[] bytes) {
        if (bytes.length != SealingKey.KEY_BYTES) {
            throw new IllegalStateException(
                    property + " must be " + SealingKey.KEY_BYTES + " bytes (base64), got " + bytes.length);
        }
        return new SealingKey(bytes);
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a master key must be base64 of 32 bytes", e);
        }
    }

    private static byte[] currentKeyFile(String configured) {
        Path path = path(configured);
        try {
            if (Files.notExists(path)) {
                createKeyFile(path);
            }
            return decoded(Files.readString(path));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the master key file " + path, e);
        }
    }

    /** The previous key must exist: creating one would only hide a wrong path. */
    private static byte[] previousKeyFileContent(String configured) {
        Path path = path(configured);
        try {
            return decoded(Files.readString(path));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the previous master key file " + path, e);
        }
    }

    private static Path path(String configured) {
        return Path.of(configured.replace("${user.home}", System.getProperty("user.home")));
    }

    private static void createKeyFile(Path path) throws IOException {
        byte[] fresh = new byte[SealingKey.KEY_BYTES];
        RANDOM.nextBytes(fresh);
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's access rules.
        }
    }
}
