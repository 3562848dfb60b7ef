package io.github.aepsdk.flowservice;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Flow Service lookup whose answer is the envelope {@code {"items":[x]}}: the method
 * returns {@code x}. An empty {@code items} array is a not-found error (HTTP 404 semantics), never
 * {@code null}. See API-NOTES "Single lookups also return {"items":[…]}".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SingleItem {}
