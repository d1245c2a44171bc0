package com.appconda.licensing.demo;

import com.appconda.licensing.broker.boundary.JsonAnswerFormat;
import com.appconda.licensing.broker.boundary.ValidationBroker;
import com.appconda.licensing.broker.boundary.ValidationRequest;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.entity.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The demo customers' software at work, through the real Broker: each validation is its own transaction, as a
 * request is, so the dashboard counts them and their checkouts, registrations and write-offs are real. The
 * evaluator's first validation creates its licensee (the app auto-creates licensees) and starts its trial.
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
    }

    private void validate(String licensee, String product, Map<String, ?> modules) {
        broker.validate(
                licensee,
                new ValidationRequest(product, null, null, false, null, Map.copyOf(modules), null),
                null,
                format);
    }
}
