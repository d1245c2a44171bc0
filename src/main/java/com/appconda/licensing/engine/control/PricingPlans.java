package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import com.appconda.licensing.verifier.JsonText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads PricingTable's two JSON documents. The module's {@code skudef} lists the SKUs, as an array (or an object
 * with a {@code skus} array) of {@code {"number": "...", "name": "...", "type": "FEATURE" | "QUOTA"}}. A plan's
 * {@code skus} maps SKU numbers to {@code true}/{@code false} (FEATURE) or a quota ({@code -1}: unlimited).
 * Malformed documents throw {@link IllegalArgumentException}.
 */
final class PricingPlans {

    static final String SKUDEF = "skudef";
    static final String SKUS = "skus";
    static final String FEATURE = "FEATURE";
    static final String QUOTA = "QUOTA";

    /** One SKU of the pricing table. */
    record Sku(String number, String name, String type) {}

    private PricingPlans() {}

    /** The SKUs the module's {@code skudef} defines, in its order. */
    static List<Sku> skus(String skudef) {
        Object root = JsonText.parse(skudef);
        Object list = root instanceof Map<?, ?> map ? map.get(SKUS) : root;
        if (!(list instanceof List<?> entries)) {
            throw new IllegalArgumentException("skudef must be an array of SKUs");
        }
        List<Sku> skus = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> sku) || !(sku.get("number") instanceof String number)) {
                throw new IllegalArgumentException("every SKU needs a number");
            }
            String type = String.valueOf(sku.get("type"));
            if (!FEATURE.equals(type) && !QUOTA.equals(type)) {
                throw new IllegalArgumentException("SKU " + number + " has type " + type);
            }
            Object name = sku.get("name");
            skus.add(new Sku(number, name == null ? number : name.toString(), type));
        }
        return skus;
    }

    /** The plan's SKU values: the license's copy wins over the template's current ones (copied at issue time). */
    static Map<?, ?> planSkus(ModuleSnapshot module, LicenseSnapshot license) {
        String json = license.property(SKUS);
        if (json == null) {
            json = module.template(license.templateNumber())
                    .map(t -> t.properties().get(SKUS))
                    .orElse(null);
        }
        if (json == null) {
            return Map.of();
        }
        if (!(JsonText.parse(json) instanceof Map<?, ?> skus)) {
            throw new IllegalArgumentException("a plan's skus must be an object");
        }
        return skus;
    }

    /** A FEATURE SKU is on when any of the values is {@code true}. */
    static boolean anyOn(Collection<?> values) {
        return values.stream().anyMatch(v -> Boolean.TRUE.equals(v) || "true".equals(v));
    }

    /** A QUOTA SKU's quota: the sum of the values, {@code -1} when any is unlimited; non-numbers count 0. */
    static long quota(Collection<?> values) {
        long sum = 0;
        for (Object value : values) {
            long quota = value instanceof BigDecimal number ? wholeQuota(number) : 0;
            if (quota == QuotaEvaluator.UNLIMITED) {
                return QuotaEvaluator.UNLIMITED;
            }
            sum = Math.addExact(sum, quota);
        }
        return sum;
    }

    /** A quota value: a whole number from -1 to {@link ModelParameter#MAX_COUNT}, checked before any conversion. */
    private static long wholeQuota(BigDecimal number) {
        if (number.compareTo(BigDecimal.valueOf(-1)) < 0
                || number.compareTo(BigDecimal.valueOf(ModelParameter.MAX_COUNT)) > 0
                || number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    "a SKU quota must be a whole number from -1 to " + ModelParameter.MAX_COUNT + ", not " + number);
        }
        return number.longValueExact();
    }

    /** The plan's display name: its template's current name, else its number. */
    static String name(ModuleSnapshot module, LicenseSnapshot license) {
        return module.template(license.templateNumber())
                .map(TemplateSnapshot::name)
                .orElse(license.templateNumber());
    }
}
