package org.psarchive.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The platform's single JAX-RS application at the root of the context: the archive API under
 * {@code /esmond}, the lookup service under {@code /lookup}, our own APIs under {@code /api}.
 * Resources and providers are discovered by scanning.
 */
@ApplicationPath("/")
public class RestApplication extends Application {
}
