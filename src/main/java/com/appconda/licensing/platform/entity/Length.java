package com.appconda.licensing.platform.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The length limits of a text in an API record: {@link Size} under our own name. Payara's OpenAPI
 * generator fails on {@code @Size} and {@code @NotBlank} placed on record components (it takes every
 * constrained constructor parameter for a path parameter), so the API records use this instead.
 */
@Documented
@Constraint(validatedBy = {})
@Size
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Length {

    @OverridesAttribute(constraint = Size.class, name = "min")
    int min() default 0;

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default "must be {min} to {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
