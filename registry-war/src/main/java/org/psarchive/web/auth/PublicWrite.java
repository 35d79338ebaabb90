package org.psarchive.web.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.psarchive.account.Permission;

/**
 * Marks a write that anonymous clients may make (the lookup service's self-registration, as in sLS).
 * Without it, every POST, PUT, PATCH and DELETE needs an authenticated caller: forgetting an
 * annotation closes an endpoint rather than opening it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicWrite {
    /** Why this write is open: for the reader of the code. */
    String value();

    /**
     * A boolean setting (a MicroProfile Config name) that, when true, closes this write to callers
     * without {@link #permission()}; empty: always open.
     */
    String closedBy() default "";

    /** The permission a caller needs while {@link #closedBy()} is true. */
    Permission permission() default Permission.ADMIN;
}
