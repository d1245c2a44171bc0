package com.appconda.licensing.payment.control;

import com.appconda.licensing.payment.entity.PaymentTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded default provider: a card form on this server ({@code /shop/payment/sandbox.xhtml}) that takes the
 * test cards of {@link SandboxCards}, so the whole purchase runs on a fresh machine with no account anywhere. No
 * money moves, so a refund has nothing to give back.
 */
@ApplicationScoped
public class SandboxProvider implements PaymentProvider {

    public static final String NAME = "SANDBOX";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PaymentSession open(PaymentTransaction transaction, ReturnPages pages) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String reference = "sbx_" + HexFormat.of().formatHex(id);
        return new PaymentSession(reference, pages.shopBase().resolve("payment/sandbox.xhtml?session=" + reference));
    }

    @Override
    public void refund(PaymentTransaction transaction) {
        // Nothing was charged anywhere: the ledger's reversal is the whole refund.
    }
}
