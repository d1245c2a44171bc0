package com.appconda.licensing.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.platform.entity.AccessDeniedException;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one gate of every facade call: the role the method needs, and whether a licensee-limited key may call it. */
class RoleCheckTest {

    /** A facade as the real ones are annotated. */
    @RequiresRole(Role.ADMIN)
    static class Facade {
        public String change() {
            return "changed";
        }

        @RequiresRole(Role.READ_ONLY)
        public String readAll() {
            return "read";
        }

        @RequiresRole(value = Role.READ_ONLY, forLimitedKeys = true)
        public String readOwnLicensee() {
            return "own";
        }
    }

    @Test
    void aRoleBelowTheMethodsIsRefused() throws Exception {
        assertThatThrownBy(() -> call("change", caller(Role.READ_ONLY, null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("ADMIN");
        assertThat(call("readAll", caller(Role.READ_ONLY, null))).isEqualTo("read");
        assertThatThrownBy(() -> call("readAll", caller(Role.BROKER, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLimitedKeyIsRefusedUnlessTheMethodIsMadeForIt() throws Exception {
        Caller limited = caller(Role.ADMIN, "C-1");

        assertThatThrownBy(() -> call("change", limited))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("limited to one licensee");
        assertThatThrownBy(() -> call("readAll", caller(Role.READ_ONLY, "C-1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(call("readOwnLicensee", caller(Role.READ_ONLY, "C-1"))).isEqualTo("own");
    }

    @Test
    void onlyReadOnlyKeysMayNotChangeState() {
        assertThat(Role.BROKER.mayChangeState()).isTrue();
        assertThat(Role.ADMIN.mayChangeState()).isTrue();
        assertThat(Role.READ_ONLY.mayChangeState()).isFalse();
        assertThat(Role.READ_ONLY.includes(Role.BROKER))
                .as("it may still validate, as a dry run")
                .isTrue();
    }

    private static Caller caller(Role role, String licensee) {
        return new Caller(1, "V1", "key", role, licensee);
    }

    private static Object call(String method, Caller caller) throws Exception {
        RoleCheck check = new RoleCheck();
        check.currentCaller = new CurrentCaller();
        check.currentCaller.set(caller);
        return check.check(new Invocation(Facade.class.getMethod(method)));
    }

    /** The one facade method invoked, on a fresh facade. */
    private record Invocation(Method method) implements InvocationContext {
        @Override
        public Object getTarget() {
            return new Facade();
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {}

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }

        @Override
        public Object proceed() throws Exception {
            return method.invoke(getTarget());
        }
    }
}
