package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import java.util.List;

/** NetLicensing's nine licensing models, in the order its documentation lists them. */
public final class BuiltInModels {

    private BuiltInModels() {}

    /** A fresh instance of each built-in evaluator (they are stateless, so sharing them is safe too). */
    public static List<LicensingModelEvaluator> all() {
        return List.of(
                new TryAndBuyEvaluator(),
                new SubscriptionEvaluator(),
                new RentalEvaluator(),
                new FloatingEvaluator(),
                new MultiFeatureEvaluator(),
                new PayPerUseEvaluator(),
                new QuotaEvaluator(),
                new NodeLockedEvaluator(),
                new PricingTableEvaluator());
    }
}
