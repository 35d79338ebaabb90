package org.psarchive.web.auth;

import jakarta.enterprise.context.RequestScoped;
import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import org.psarchive.account.Caller;
import org.psarchive.account.Permission;

/** {@code GET /api/auth/whoami}: how the platform sees the caller; for checking a host's set-up. */
@Path("api/auth/whoami")
@RequestScoped
public class WhoAmIResource {

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject whoAmI(@Context SecurityContext security) {
        // Jersey hands resources a proxy of the security context, so read it through the interface.
        var permissions = Jsonp.createArrayBuilder();
        Arrays.stream(Permission.values()).map(Permission::wireName).filter(security::isUserInRole)
                .forEach(permissions::add);
        Caller.Via via = CallerSecurityContext.TOKEN_SCHEME.equals(security.getAuthenticationScheme())
                ? Caller.Via.TOKEN : Caller.Via.IP;
        return Jsonp.createObjectBuilder()
                .add("account", security.getUserPrincipal().getName())
                .add("via", via.wireName())
                .add("permissions", permissions)
                .build();
    }
}
