package com.appconda.licensing.vendor.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ed25519SignerTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"valid\":true}", "Grüße 𝄞 and a longer answer body with many modules in it"})
    void signsExactlyAsTheJdkDoesAndTheJdkVerifiesIt(String text) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] content = text.getBytes(StandardCharsets.UTF_8);

        byte[] ours = Ed25519Signer.sign(Ed25519Signer.seedOf(pair.getPrivate()), content);

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(pair.getPrivate());
        jdk.update(content);
        assertThat(ours).isEqualTo(jdk.sign());
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(content);
        assertThat(verifier.verify(ours)).isTrue();
    }

    @Test
    void onlyEd25519KeysAreAccepted() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThatThrownBy(() -> Ed25519Signer.seedOf(rsa.getPrivate())).isInstanceOf(IllegalArgumentException.class);
    }
}
