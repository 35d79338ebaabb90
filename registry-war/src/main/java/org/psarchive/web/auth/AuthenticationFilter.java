package org.psarchive.web.auth;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.psarchive.account.Authenticator;
import org.psarchive.account.CallerCache;
import org.psarchive.account.Caller;
import org.psarchive.account.Permission;
import org.psarchive.platform.error.PermissionDeniedException;
import org.psarchive.platform.error.UnauthenticatedException;

/**
 * Authenticates every request and enforces the permission its resource method declares.
 *
 * <p>Order, as esmond's clients expect: a presented {@code Authorization} header is checked first
 * and a bad one is 401, also on reads; without a header, the client address may match an IP account.
 * Reads are anonymous unless {@code PSARCHIVE_AUTH_READS} requires authentication; writes always need
 * an authenticated caller unless marked {@link PublicWrite}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    /** The request attribute naming the authenticated account, for the access log (web.access). */
    public static final String ACCOUNT_ATTRIBUTE = AuthenticationFilter.class.getName() + ".account";

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** {@link PublicWrite#closedBy()} settings as read. */
    private final Map<String, Boolean> closed = new ConcurrentHashMap<>();

    @EJB
    private Authenticator authenticator;

    @Inject
    private CallerCache callers;

    @Inject
    private AuthSettings settings;

    @Inject
    private Config config;

    @Context
    private ResourceInfo resource;

    public AuthenticationFilter() {
        // for JAX-RS
    }

    /** For tests outside the container: the settings and configuration are theirs. */
    AuthenticationFilter(AuthSettings settings, Config config) {
        this.settings = settings;
        this.config = config;
    }

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Requirement requirement = requirementOf(request.getMethod());
        Optional<Caller> caller = credentialsOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (caller.isEmpty() && requirement != Requirement.NONE) {
            InetAddress client = settings.clientAddress()
                    .resolve(servletRequest.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"));
            caller = callers.forAddress(client).or(() -> authenticator.byAddress(client));
        }
        if (caller.isEmpty()) {
            if (requirement != Requirement.NONE) {
                throw new UnauthenticatedException("Authentication credentials were not provided.");
            }
            return;
        }
        for (Permission needed : permissionsNeeded()) {
            if (!caller.get().may(needed)) {
                throw new PermissionDeniedException("Account '" + caller.get().account() + "' lacks the '"
                        + needed.wireName() + "' permission.");
            }
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
        request.setProperty(ACCOUNT_ATTRIBUTE, caller.get().account());
    }

    /** What a request must present before its resource runs. */
    enum Requirement { NONE, AUTHENTICATED }

    Requirement requirementOf(String method) {
        if (permissionsNeeded().length > 0 || annotated(Authenticated.class)) {
            return Requirement.AUTHENTICATED;
        }
        if (READS.contains(method)) {
            return settings.readsRequireAuthentication() && resource.getResourceMethod() != null
                    ? Requirement.AUTHENTICATED : Requirement.NONE;
        }
        return annotated(PublicWrite.class) || resource.getResourceMethod() == null
                ? Requirement.NONE : Requirement.AUTHENTICATED;
    }

    private Optional<Caller> credentialsOf(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        String credential = parts.length == 2 ? parts[1].trim() : "";
        if (parts[0].equalsIgnoreCase("Token")) {
            return Optional.of(callers.forKey(credential).orElseGet(() -> authenticator.byKey(credential)));
        }
        if (parts[0].equalsIgnoreCase("Basic")) {
            // pSConfig's http archiver can only carry static headers: Basic <account>:<key>
            String decoded;
            try {
                decoded = new String(java.util.Base64.getDecoder().decode(credential), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new UnauthenticatedException("Invalid token.");
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return Optional.of(byLegacyKey(decoded.substring(0, colon), decoded.substring(colon + 1)));
            }
            throw new UnauthenticatedException("Invalid token.");
        }
        if (parts[0].equalsIgnoreCase("ApiKey")) {
            int colon = credential.lastIndexOf(':');
            if (colon > 0) {
                return Optional.of(byLegacyKey(credential.substring(0, colon), credential.substring(colon + 1)));
            }
        }
        throw new UnauthenticatedException(
                "Unsupported Authorization header; send 'Authorization: Token <key>' (or Basic <account>:<key>).");
    }

    /** {@code <account>:<key>}: the cached caller of that key if it is that account's, else the EJB decides. */
    private Caller byLegacyKey(String account, String key) {
        return callers.forKey(key).filter(caller -> caller.account().equals(account))
                .orElseGet(() -> authenticator.byLegacyKey(account, key));
    }

    private Permission[] permissionsNeeded() {
        RequiresPermission onMethod = annotation(resource.getResourceMethod(), RequiresPermission.class);
        RequiresPermission onClass = annotation(resource.getResourceClass(), RequiresPermission.class);
        RequiresPermission chosen = onMethod != null ? onMethod : onClass;
        if (chosen != null) {
            return chosen.value();
        }
        PublicWrite open = annotation(resource.getResourceMethod(), PublicWrite.class);
        return open != null && closed(open) ? new Permission[] {open.permission()} : new Permission[0];
    }

    private boolean closed(PublicWrite open) {
        // read once per setting: the configuration comes from the environment, which does not change
        // while we run, and asking MicroProfile Config on every registration cost a measurable share
        return !open.closedBy().isEmpty() && closed.computeIfAbsent(open.closedBy(),
                name -> config.getOptionalValue(name, Boolean.class).orElse(false));
    }

    private boolean annotated(Class<? extends java.lang.annotation.Annotation> type) {
        return annotation(resource.getResourceMethod(), type) != null
                || annotation(resource.getResourceClass(), type) != null;
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(AnnotatedElement element, Class<A> type) {
        return element == null ? null : element.getAnnotation(type);
    }
}
