package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.AccessDeniedException;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Refuses a facade call whose caller's role is below what {@link RequiresRole} asks, and a call by a credential
 * limited to one licensee to a method not made for it.
 */
@RequiresRole
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RoleCheck {

    @Inject
    CurrentCaller currentCaller;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        RequiresRole rule = rule(invocation);
        Role required = rule == null ? Role.ADMIN : rule.value();
        Caller caller = currentCaller.get();
        if (!caller.role().includes(required)) {
            throw new AccessDeniedException(
                    "this operation needs the " + required + " role; the credential has " + caller.role());
        }
        if (caller.isLimitedToALicensee() && (rule == null || !rule.forLimitedKeys())) {
            throw new AccessDeniedException("this API key is limited to one licensee: it may read that licensee,"
                    + " its licenses and the signing keys, and validate it");
        }
        return invocation.proceed();
    }

    private static RequiresRole rule(InvocationContext invocation) {
        RequiresRole onMethod = invocation.getMethod().getAnnotation(RequiresRole.class);
        return onMethod != null
                ? onMethod
                : invocation.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
    }
}
