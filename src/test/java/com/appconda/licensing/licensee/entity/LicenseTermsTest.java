package com.appconda.licensing.licensee.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.catalog.entity.Discount;
import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LicenseTermsTest {

    private final Product product = new Product(1, "P", "Product");
    private final ProductModule module = new ProductModule(1, "M", product, "Seats", "Floating");
    private final LicenseTemplate template =
            new LicenseTemplate(1, "T", module, "Five seats", LicenseType.FLOATING, "EUR");

    @Test
    void licenseKeepsTheTermsOfItsIssueWhenTheTemplateChangesLater() {
        template.setMaxSessions(5);
        template.setPrice(new BigDecimal("49.50"));
        License license = new License(1, "L", new Licensee(1, "C", product), template);
        template.setMaxSessions(50);
        template.setPrice(new BigDecimal("99"));
        assertThat(license.terms().maxSessions()).isEqualTo(5);
        assertThat(license.terms().price()).isEqualByComparingTo("49.50");
    }

    @Test
    void licenseOfATemplateThatHidesLicensesIsHidden() {
        template.setMaxSessions(1);
        template.setHideLicenses(true);
        assertThat(new License(1, "L", new Licensee(1, "C", product), template).isHidden())
                .isTrue();
    }

    @Test
    void eachLicenseTypeNeedsItsValues() {
        assertThatThrownBy(template::requireTypeValues).hasMessageContaining("maxSessions");
        template.setMaxSessions(0);
        assertThatThrownBy(template::requireTypeValues).isInstanceOf(InvalidInputException.class);
        template.setMaxSessions(1);
        template.requireTypeValues();

        template.setLicenseType(LicenseType.TIMEVOLUME);
        template.setTimeVolume(30);
        assertThatThrownBy(template::requireTypeValues).hasMessageContaining("timeVolume");
        template.setTimeVolumePeriod(TimeVolumePeriod.DAY);
        template.requireTypeValues();

        template.setLicenseType(LicenseType.QUANTITY);
        template.setQuantity(-2L);
        assertThatThrownBy(template::requireTypeValues).hasMessageContaining("quantity");
        template.setQuantity(-1L);
        template.requireTypeValues();
    }

    @Test
    void numberIsReadOnlyWhileInUse() {
        product.renumber("P", true);
        assertThatThrownBy(() -> product.renumber("P2", true)).isInstanceOf(RuleViolationException.class);
        product.renumber("P2", false);
        assertThat(product.getNumber()).isEqualTo("P2");
    }

    @Test
    void discountHasEitherAFixedAmountOrAPercentage() {
        assertThatThrownBy(() -> new Discount(BigDecimal.TEN, "EUR", BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Discount(BigDecimal.TEN, "EUR", null, new BigDecimal("101")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Discount(BigDecimal.TEN, "XXY", BigDecimal.ONE, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new Discount(BigDecimal.TEN, "usd", null, BigDecimal.TEN).getCurrency())
                .isEqualTo("USD");
    }
}
