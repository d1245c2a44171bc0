package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.Role;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least role a facade method needs, and whether a credential limited to one licensee may call it. It sits on
 * the facades, not on resources, so the API and the console are held to the same rule. A method's annotation
 * overrides its class's.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    @Nonbinding
    Role value() default Role.ADMIN;

    /**
     * Whether a credential limited to one licensee may call the method. Limited keys are refused everywhere else
     * (default deny); a method that allows them answers only about that licensee, and another licensee's data
     * exactly as data that does not exist.
     */
    @Nonbinding
    boolean forLimitedKeys() default false;
}
