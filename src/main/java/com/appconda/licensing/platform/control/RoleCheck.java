package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.AccessDeniedException;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Refuses a facade call whose caller's role is below what {@link RequiresRole} asks. */
@RequiresRole
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RoleCheck {

    @Inject
    CurrentCaller currentCaller;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Role required = requiredRole(invocation);
        Caller caller = currentCaller.get();
        if (!caller.role().includes(required)) {
            throw new AccessDeniedException(
                    "this operation needs the " + required + " role; the credential has " + caller.role());
        }
        return invocation.proceed();
    }

    private static Role requiredRole(InvocationContext invocation) {
        RequiresRole onMethod = invocation.getMethod().getAnnotation(RequiresRole.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresRole onClass = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        return onClass != null ? onClass.value() : Role.ADMIN;
    }
}
