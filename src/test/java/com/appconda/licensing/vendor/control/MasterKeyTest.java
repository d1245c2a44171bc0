package com.appconda.licensing.vendor.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    private static final byte[] SECRET = "a private signing key".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndOnlyUnchanged() {
        SealingKey one = new SealingKey(key(1));
        SealingKey other = new SealingKey(key(2));
        String sealed = one.seal(SECRET);

        assertThat(one.open(sealed)).hasValue(SECRET);
        assertThat(one.seal(SECRET)).as("a random IV each time").isNotEqualTo(sealed);
        assertThat(other.open(sealed)).isEmpty();
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThat(one.open(Base64.getEncoder().encodeToString(bytes)))
                .as("changed")
                .isEmpty();
        assertThat(one.open("not base64!")).isEmpty();
        assertThat(one.open("AAAA")).as("shorter than an IV").isEmpty();
        assertThatThrownBy(() -> new SealingKey(new byte[16])).hasMessageContaining("32 bytes");
    }

    @Test
    void duringARotationWhatTheOldKeySealedOpensAndIsResealedUnderTheNewOne() {
        String sealedByOld = masterKey(key(1), null).encrypt(SECRET);
        MasterKey rotating = masterKey(key(2), key(1));

        assertThat(rotating.rotating()).isTrue();
        assertThat(rotating.decrypt(sealedByOld)).isEqualTo(SECRET);
        assertThat(rotating.sealedWithCurrent(sealedByOld)).isFalse();
        String resealed = rotating.resealed(sealedByOld).orElseThrow();
        assertThat(rotating.sealedWithCurrent(resealed)).isTrue();
        assertThat(masterKey(key(2), null).decrypt(resealed))
                .as("the new key alone opens it, once the previous one is gone")
                .isEqualTo(SECRET);
        assertThat(rotating.sealedWithCurrent(rotating.encrypt(SECRET)))
                .as("new secrets are sealed under the new key")
                .isTrue();
    }

    @Test
    void aSecretOfNeitherKeyIsRefusedWithAMessageNotGarbage() {
        String sealedByAnother = masterKey(key(9), null).encrypt(SECRET);
        MasterKey rotating = masterKey(key(2), key(1));

        assertThat(rotating.resealed(sealedByAnother)).isEmpty();
        assertThatThrownBy(() -> rotating.decrypt(sealedByAnother))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither configured master key");
        assertThatThrownBy(() -> masterKey(key(2), null).decrypt(sealedByAnother))
                .hasMessageContaining("neither configured master key");
    }

    @Test
    void thePreviousKeyMustDifferFromTheCurrentOneAndBothMustBe32Bytes() {
        assertThatThrownBy(() -> masterKey(key(1), key(1))).hasMessageContaining("is the current master key");
        assertThatThrownBy(() -> masterKey(new byte[31], null)).hasMessageContaining("licensing.master-key must be 32");
        assertThatThrownBy(() -> masterKey(key(1), new byte[33]))
                .hasMessageContaining("licensing.master-key-previous must be 32");
    }

    @Test
    void theKeyFileIsCreatedOnceOwnerOnlyAndAPreviousKeyFileMustExist() throws Exception {
        Path file = dir.resolve("keys/master.key");
        MasterKey created = fromFiles(file, Optional.empty());
        String sealed = created.encrypt(SECRET);

        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(fromFiles(file, Optional.empty()).decrypt(sealed))
                .as("read again, not recreated")
                .isEqualTo(SECRET);

        Path previous = dir.resolve("master.key.previous");
        Files.move(file, previous);
        MasterKey rotated = fromFiles(file, Optional.of(previous.toString()));
        assertThat(rotated.decrypt(sealed)).isEqualTo(SECRET);
        assertThat(rotated.sealedWithCurrent(sealed)).isFalse();

        assertThatThrownBy(
                        () -> fromFiles(file, Optional.of(dir.resolve("missing").toString())))
                .hasMessageContaining("cannot read the previous master key file");
    }

    private static MasterKey masterKey(byte[] current, byte[] previous) {
        MasterKey key = new MasterKey();
        key.configuredKey = Optional.of(Base64.getEncoder().encodeToString(current));
        key.keyFile = "/nonexistent/never-read";
        key.configuredPreviousKey = Optional.ofNullable(previous).map(Base64.getEncoder()::encodeToString);
        key.previousKeyFile = Optional.empty();
        key.load();
        return key;
    }

    private static MasterKey fromFiles(Path file, Optional<String> previousFile) {
        MasterKey key = new MasterKey();
        key.configuredKey = Optional.empty();
        key.keyFile = file.toString();
        key.configuredPreviousKey = Optional.empty();
        key.previousKeyFile = previousFile;
        key.load();
        return key;
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        key[0] = (byte) seed;
        key[31] = (byte) (seed * 7);
        return key;
    }
}
