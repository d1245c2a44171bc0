package com.appconda.licensing.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.licensee.entity.Licensee;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * One row is one entity, also through a provider's lazy proxy: Hibernate's proxies (WildFly) are subclasses whose
 * own fields stay empty, so a license of product P was refused as "another product" than P on WildFly.
 */
class TenantEntityTest {

    /** What a lazy proxy looks like to equals: a subclass, its id reached only through the getter. */
    static final class ProductProxy extends Product {
        private final Long target;

        ProductProxy(long target) {
            this.target = target;
        }

        @Override
        public Long getId() {
            return target;
        }
    }

    @Test
    void aRowEqualsItsProxyInBothDirections() throws Exception {
        Product product = withId(new Product(1, "P", "Product"), 7L);
        ProductProxy proxy = new ProductProxy(7L);

        assertThat(product).isEqualTo(proxy).hasSameHashCodeAs(proxy);
        assertThat(proxy).isEqualTo(product);
        assertThat(product).isNotEqualTo(new ProductProxy(8L));
    }

    @Test
    void entitiesOfAnotherTypeOrWithoutAnIdAreNeverEqual() throws Exception {
        Product product = withId(new Product(1, "P", "Product"), 7L);
        Licensee licensee = withId(new Licensee(1, "C", product), 7L);

        assertThat(product).isNotEqualTo(licensee);
        assertThat(new Product(1, "P", "Product")).isNotEqualTo(new Product(1, "P", "Product"));
    }

    private static <E extends TenantEntity> E withId(E entity, long id) throws Exception {
        Field field = TenantEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
