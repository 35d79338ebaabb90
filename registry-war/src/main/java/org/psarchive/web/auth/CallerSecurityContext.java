package org.psarchive.web.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.psarchive.account.Caller;
import org.psarchive.account.Permission;

/** The authenticated caller as JAX-RS sees it; roles are permission wire names. */
public record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {

    public static final String TOKEN_SCHEME = "Token";
    public static final String IP_SCHEME = "IP";

    @Override
    public Principal getUserPrincipal() {
        return caller::account;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.permissions().stream().map(Permission::wireName).anyMatch(role::equals);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return caller.via() == Caller.Via.TOKEN ? TOKEN_SCHEME : IP_SCHEME;
    }
}
