package com.appconda.licensing.vendor.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts vendors' private signing keys at rest with AES-256-GCM. The key comes from the
 * configuration ({@code licensing.master-key}, base64 of 32 bytes, e.g. from a secret store) or,
 * failing that, from a key file ({@code licensing.master-key-file}) that is created once with owner-only
 * permissions. Either way it never lives in the database, so a database dump alone cannot sign.
 */
@ApplicationScoped
public class MasterKey {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "licensing.master-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "licensing.master-key-file", defaultValue = "${user.home}/.applicensing/master.key")
    String keyFile;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        byte[] bytes = configuredKey.map(Base64.getDecoder()::decode).orElseGet(this::fromFile);
        if (bytes.length != 32) {
            throw new IllegalStateException("licensing.master-key must be 32 bytes (base64), got " + bytes.length);
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * A key of its own for another purpose (HMAC-SHA256 of the purpose under the master key), so that nodes
     * sharing the master key share it too, and no use of it can reveal the master key or another derived key.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public String encrypt(byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, plain);
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                        .put(iv)
                        .put(sealed)
                        .array());
    }

    public byte[] decrypt(String encoded) {
        byte[] all = Base64.getDecoder().decode(encoded);
        byte[] iv = java.util.Arrays.copyOfRange(all, 0, IV_BYTES);
        return cipher(Cipher.DECRYPT_MODE, iv, java.util.Arrays.copyOfRange(all, IV_BYTES, all.length));
    }

    private byte[] cipher(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key encryption failed: wrong master key?", e);
        }
    }

    private byte[] fromFile() {
        Path path = Path.of(keyFile.replace("${user.home}", System.getProperty("user.home")));
        try {
            if (Files.notExists(path)) {
                createKeyFile(path);
            }
            return Base64.getDecoder().decode(Files.readString(path).trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the master key file " + path, e);
        }
    }

    private static void createKeyFile(Path path) throws IOException {
        byte[] fresh = new byte[32];
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
