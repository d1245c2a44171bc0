package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.vendor.boundary.ApiKeyRequest;
import com.appconda.licensing.vendor.boundary.ApiKeys;
import com.appconda.licensing.vendor.boundary.Authenticator;
import com.appconda.licensing.vendor.boundary.LoginAttempt;
import com.appconda.licensing.vendor.boundary.LoginOutcome;
import com.appconda.licensing.vendor.boundary.SignUpRequest;
import com.appconda.licensing.vendor.boundary.VendorRegistry;
import com.appconda.licensing.vendor.control.ApiKeySecret;
import com.appconda.licensing.vendor.control.MasterKey;
import com.appconda.licensing.vendor.control.SigningKeyResealing;
import com.appconda.licensing.vendor.control.SigningKeys;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.entity.VendorUser;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the database holds of the secrets, read from its tables as a dump would show them: API keys only as
 * SHA-256 hashes, passwords only as salted PBKDF2, private signing keys only sealed under the master key, which
 * is not in the database. And a master key rotation: every signing key resealed under the new key, all or nothing.
 */
class SecretsAtRestTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final String PASSWORD = "a password nobody guesses";
    private static final String OLD_KEY = base64Key(1);
    private static final String NEW_KEY = base64Key(2);

    private TestDatabase database;
    private Components world;
    private Caller vendor;

    @BeforeEach
    void vendorWithAUser() {
        database = TestDatabase.fresh();
        world = world(OLD_KEY, null);
        world.run(() -> world.get(VendorRegistry.class)
                .signUp(new SignUpRequest("Secrets Inc", "owner@example.com", "owner", PASSWORD)));
        VendorUser user =
                world.call(() -> world.get(VendorStore.class).findUser("owner").orElseThrow());
        String number = world.call(() -> world.get(VendorStore.class)
                .findVendor(user.getVendorId())
                .orElseThrow()
                .getNumber());
        vendor = new Caller(user.getVendorId(), number, "owner", Role.ADMIN);
        world.actingAs(vendor);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aPasswordHashOfTheEarlierFormatIsReplacedAtTheNextLogin() throws Exception {
        String legacy = legacyHash();
        world.run(() ->
                world.get(VendorStore.class).findUser("owner").orElseThrow().changePasswordHash(legacy));
        Components login = world(OLD_KEY, null);

        LoginOutcome outcome = login.call(() -> login.get(Authenticator.class)
                .withPassword(new LoginAttempt("owner", PASSWORD, "192.0.2.1", null, true)));

        assertThat(outcome).isInstanceOf(LoginOutcome.Accepted.class);
        assertThat(column("select password_hash from vendor_user"))
                .singleElement()
                .asString()
                .startsWith("pbkdf2-sha512$210000$");
    }

    @Test
    void anApiKeyIsStoredOnlyAsTheHashOfItsSecret() {
        String secret = world.call(
                        () -> world.get(ApiKeys.class).create(new ApiKeyRequest("ADMIN", "deploy pipeline", null)))
                .secret();

        String table = table("api_key");
        assertThat(table).doesNotContain(secret).doesNotContain(secret.substring(ApiKeySecret.PREFIX.length()));
        assertThat(column("select secret_hash from api_key")).containsExactly(ApiKeySecret.hash(secret));
    }

    @Test
    void aPasswordIsStoredOnlyAsSaltedPbkdf2() {
        List<String> hashes = column("select password_hash from vendor_user");

        assertThat(hashes)
                .singleElement()
                .asString()
                .matches("pbkdf2-sha512\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(table("vendor_user")).doesNotContain(PASSWORD);
    }

    @Test
    void aPrivateSigningKeyIsStoredOnlySealedUnderTheMasterKey() {
        world.call(() -> world.get(SigningKeys.class).sign(vendor.vendorId(), "content", NOW));
        String sealed = column("select encrypted_private_key from signing_key").get(0);
        byte[] pkcs8 = world.get(MasterKey.class).decrypt(sealed);

        assertThat(table("signing_key"))
                .doesNotContain(Base64.getEncoder().encodeToString(pkcs8))
                .doesNotContain(
                        Base64.getEncoder().encodeToString(Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length)));
        assertThatThrownBy(() -> world(base64Key(3), null).get(MasterKey.class).decrypt(sealed))
                .as("another master key cannot open it")
                .hasMessageContaining("neither configured master key");
    }

    @Test
    void aRotationResealsEverySigningKeySoThatTheNewMasterKeyAloneSigns() throws Exception {
        world.call(() -> world.get(SigningKeys.class).sign(vendor.vendorId(), "content", NOW));
        world.call(() -> world.get(SigningKeys.class).rotate(vendor.vendorId(), NOW));
        List<String> before = column("select encrypted_private_key from signing_key order by id");

        Components rotating = world(NEW_KEY, OLD_KEY);
        SigningKeyResealing.Outcome outcome =
                rotating.call(() -> rotating.get(SigningKeyResealing.class).resealAll());
        SigningKeyResealing.Outcome again =
                rotating.call(() -> rotating.get(SigningKeyResealing.class).resealAll());

        assertThat(outcome).isEqualTo(new SigningKeyResealing.Outcome(2, 0));
        assertThat(again).as("a second start has nothing left to do").isEqualTo(new SigningKeyResealing.Outcome(0, 2));
        List<String> after = column("select encrypted_private_key from signing_key order by id");
        assertThat(after).hasSize(2).doesNotContainAnyElementsOf(before);
        Components rotated = world(NEW_KEY, null).actingAs(vendor);
        SigningKeys.Signed signed =
                rotated.call(() -> rotated.get(SigningKeys.class).sign(vendor.vendorId(), "after", NOW));
        assertThat(verifies(signed, "after")).isTrue();
    }

    @Test
    void aRotationWithAWrongPreviousKeyChangesNothing() {
        world.call(() -> world.get(SigningKeys.class).sign(vendor.vendorId(), "content", NOW));
        List<String> before = column("select encrypted_private_key from signing_key");

        Components wrong = world(NEW_KEY, base64Key(7));
        assertThatThrownBy(() ->
                        wrong.call(() -> wrong.get(SigningKeyResealing.class).resealAll()))
                .hasMessageContaining("opens with neither licensing.master-key nor licensing.master-key-previous");

        assertThat(column("select encrypted_private_key from signing_key")).isEqualTo(before);
    }

    /** The hash the server stored before PBKDF2-HMAC-SHA512: PBKDF2-HMAC-SHA256 with 210,000 iterations. */
    private static String legacyHash() throws Exception {
        byte[] salt = new byte[16];
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 210_000, 256))
                .getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$210000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private boolean verifies(SigningKeys.Signed signed, String content) throws Exception {
        String publicKey = column("select public_key from signing_key where key_id = '" + signed.keyId() + "'")
                .get(0);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
        verifier.update(content.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getUrlDecoder().decode(signed.signature()));
    }

    private Components world(String masterKey, String previous) {
        Components components = new Components(database, Clock.fixed(NOW, ZoneOffset.UTC))
                .withConfig("licensing.master-key", masterKey);
        return previous == null ? components : components.withConfig("licensing.master-key-previous", previous);
    }

    /** Every row of a table, every column as text, as a dump would show it. */
    private String table(String name) {
        List<?> rows =
                world.entityManager().createNativeQuery("select * from " + name).getResultList();
        return rows.stream()
                .map(row -> row instanceof Object[] columns ? Arrays.toString(columns) : String.valueOf(row))
                .collect(Collectors.joining("\n"));
    }

    private List<String> column(String query) {
        return world.entityManager().createNativeQuery(query).getResultList().stream()
                .map(String::valueOf)
                .toList();
    }

    private static String base64Key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return Base64.getEncoder().encodeToString(key);
    }
}
