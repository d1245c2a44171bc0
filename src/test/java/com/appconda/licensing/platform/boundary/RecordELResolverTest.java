package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** Views read record components as properties; everything else is left to the other resolvers. */
class RecordELResolverTest {

    public record Product(String number, boolean active) {}

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponentAndMarksItResolved() {
        ELContext context = new Context();

        assertThat(resolver.getValue(context, new Product("P-1", true), "number"))
                .isEqualTo("P-1");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.isReadOnly(new Context(), new Product("P-1", true), "active"))
                .isTrue();
    }

    @Test
    void leavesOtherObjectsAndUnknownComponentsAlone() {
        ELContext context = new Context();

        assertThat(resolver.getValue(context, "text", "length")).isNull();
        assertThat(resolver.getValue(context, new Product("P-1", true), "name")).isNull();
        assertThat(resolver.getValue(context, null, "number")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aRecordCannotBeChanged() {
        assertThatThrownBy(() -> resolver.setValue(new Context(), new Product("P-1", true), "number", "P-2"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
