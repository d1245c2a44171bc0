package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * console/signingkey/list.xhtml: the keys that sign Broker answers. The current public key can be copied or
 * downloaded for the vendor's software; rotating keeps older keys listed, so answers they signed stay
 * verifiable until they expire.
 */
@Named
@ViewScoped
public class SigningKeyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PEM_LINE = 64;

    @Inject
    SigningKeyRegistry registry;

    private List<SigningKeyResponse> keys;

    @PostConstruct
    void load() {
        keys = registry.all();
    }

    public void rotate() {
        Feedback.attempt(null, () -> {
            SigningKeyResponse current = registry.rotate();
            return "New signing key " + current.keyId() + " signs from now on.";
        });
        load();
    }

    /** The public key as a PEM file (X.509 SubjectPublicKeyInfo), which OpenSSL and Java's KeyFactory read. */
    public StreamedContent download(SigningKeyResponse key) {
        StringBuilder pem = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
        for (int i = 0; i < key.publicKey().length(); i += PEM_LINE) {
            pem.append(key.publicKey(), i, Math.min(key.publicKey().length(), i + PEM_LINE))
                    .append('\n');
        }
        byte[] bytes = pem.append("-----END PUBLIC KEY-----\n").toString().getBytes(StandardCharsets.US_ASCII);
        return DefaultStreamedContent.builder()
                .name(key.keyId() + ".pem")
                .contentType("application/x-pem-file")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<SigningKeyResponse> getKeys() {
        return keys;
    }
}
