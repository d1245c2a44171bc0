package com.appconda.licensing.demo;

import com.appconda.licensing.broker.boundary.JsonAnswerFormat;
import com.appconda.licensing.broker.boundary.ValidationBroker;
import com.appconda.licensing.broker.boundary.ValidationRequest;
import com.appconda.licensing.payment.boundary.SandboxPayments;
import com.appconda.licensing.payment.control.PaymentProvider;
import com.appconda.licensing.payment.control.SandboxCards;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.shop.boundary.CheckoutRequest;
import com.appconda.licensing.shop.boundary.Shop;
import com.appconda.licensing.shop.boundary.ShopTokenRequest;
import com.appconda.licensing.shop.boundary.ShopTokens;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;

/**
 * The demo customers' software at work, through the real Broker: each validation is its own transaction, as a
 * request is, so the dashboard counts them and their checkouts, registrations and write-offs are real. The
 * evaluator's first validation creates its licensee (the app auto-creates licensees) and starts its trial. The
 * studio buys more credits in the shop and pays with the sandbox's test card, so the console's transactions and
 * ledger have a sale to show.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoActivity {

    static final String EVALUATOR = "DEMO-EVALUATOR";

    @Inject
    ValidationBroker broker;

    @Inject
    JsonAnswerFormat format;

    @Inject
    ShopTokens shopTokens;

    @Inject
    Shop shop;

    @Inject
    SandboxPayments sandbox;

    @Inject
    CurrentCaller currentCaller;

    @ActivateRequestContext
    public void seed(Caller demo) {
        currentCaller.set(demo);
        validate(DemoCatalog.CUSTOMER, DemoCatalog.APP, Map.of());
        validate(EVALUATOR, DemoCatalog.APP, Map.of());
        validate(
                DemoCatalog.TEAM,
                DemoCatalog.SERVER,
                Map.of(
                        "DEMO-SEATS", Map.of("sessionId", "workstation-17"),
                        "DEMO-SERVERS", Map.of("nodeSecret", "build-server-a")));
        validate(DemoCatalog.STUDIO, DemoCatalog.CLOUD, Map.of("DEMO-CREDITS", Map.of("usedQuantity", 3)));
        buyCredits();
    }

    /** A purchase as the shop makes it: a token, a checkout from Austria, the card that succeeds. */
    private void buyCredits() {
        String shopUrl = shopTokens
                .create(
                        new ShopTokenRequest(DemoCatalog.STUDIO, null, null, null, null, null, null, null),
                        URI.create("http://localhost/"))
                .shopUrl();
        String secret = shopUrl.substring(shopUrl.indexOf("token=") + "token=".length());
        URI payPage = shop.checkout(
                secret,
                new CheckoutRequest(Map.of("DEMO-100-CREDITS", 2), "AT", null, "studio@example.com", true),
                new PaymentProvider.ReturnPages(URI.create("http://localhost/shop/")));
        String session = payPage.getQuery().substring("session=".length());
        sandbox.pay(session, SandboxCards.SUCCEEDS, "12/39", "123");
    }

    private void validate(String licensee, String product, Map<String, ?> modules) {
        broker.validate(
                licensee,
                new ValidationRequest(product, null, null, false, null, Map.copyOf(modules), null),
                null,
                format);
    }
}
