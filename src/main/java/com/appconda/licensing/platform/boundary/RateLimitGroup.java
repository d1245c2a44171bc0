package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.control.ApiRateLimits;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an API resource method (or class) under another group's rate limits than the default {@value
 * ApiRateLimits#API}: the Broker is {@value ApiRateLimits#BROKER}, so that its traffic, many times the rest, has
 * its own buckets and limits.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimitGroup {

    String value();
}
