package org.psarchive.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.psarchive.account.Account;
import org.psarchive.account.AccountName;
import org.psarchive.account.AccountService;
import org.psarchive.account.IpRange;
import org.psarchive.account.IpRangeChange;
import org.psarchive.account.NewKey;
import org.psarchive.account.Permission;
import org.psarchive.web.BodyMembers;
import org.psarchive.web.auth.RequiresPermission;

/** {@code /api/admin/accounts}: accounts, their keys, permissions and IP ranges (docs/admin-api.md). */
@Path("api/admin/accounts")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @EJB
    private AccountService accounts;

    @Context
    private SecurityContext security;

    @GET
    public JsonArray list() {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        List<IpRange> ranges = accounts.ipRanges(null);
        for (Account account : accounts.list()) {
            array.add(AccountJson.account(account, rangesOf(account, ranges)));
        }
        return array.build();
    }

    @POST
    public Response create(JsonObject body, @Context UriInfo uri) {
        AccountName name = new AccountName(BodyMembers.requiredString(body, "name"));
        NewKey created = accounts.create(actor(), name, AccountBodies.permissions(body),
                BodyMembers.booleanOr(body, "key", true));
        return Response.created(uri.getAbsolutePathBuilder().path(name.value()).build())
                .entity(AccountJson.withKey(created, List.of()).build()).build();
    }

    @GET
    @Path("{name}")
    public JsonObject show(@PathParam("name") String name) {
        return view(accounts.find(new AccountName(name)));
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        accounts.delete(actor(), new AccountName(name));
        return Response.noContent().build();
    }

    @POST
    @Path("{name}/disable")
    public JsonObject disable(@PathParam("name") String name) {
        return view(accounts.enable(actor(), new AccountName(name), false));
    }

    @POST
    @Path("{name}/enable")
    public JsonObject enable(@PathParam("name") String name) {
        return view(accounts.enable(actor(), new AccountName(name), true));
    }

    @PUT
    @Path("{name}/permissions")
    public JsonObject setPermissions(@PathParam("name") String name, JsonObject body) {
        return view(accounts.setPermissions(actor(), new AccountName(name), AccountBodies.permissions(body)));
    }

    @POST
    @Path("{name}/rotate-key")
    public JsonObject rotateKey(@PathParam("name") String name) {
        NewKey rotated = accounts.rotateKey(actor(), new AccountName(name));
        return AccountJson.withKey(rotated, rangesOf(rotated.account())).build();
    }

    @DELETE
    @Path("{name}/key")
    public JsonObject revokeKey(@PathParam("name") String name) {
        return view(accounts.revokeKey(actor(), new AccountName(name)));
    }

    @POST
    @Path("{name}/grant")
    public JsonObject grant(@PathParam("name") String name, JsonObject body) {
        NewKey granted = accounts.grant(actor(), new AccountName(name), AccountBodies.permissions(body),
                BodyMembers.booleanOr(body, "ensure-key", false));
        return AccountJson.withKey(granted, rangesOf(granted.account()))
                .add("account-created", granted.created())
                .add("key-made", granted.hasKey())
                .build();
    }

    @POST
    @Path("{name}/ip-ranges")
    public JsonObject addIpRanges(@PathParam("name") String name, JsonObject body) {
        IpRangeChange change = accounts.addIpRanges(actor(), new AccountName(name),
                AccountBodies.cidrs(BodyMembers.strings(body, "cidrs")));
        return Jsonp.createObjectBuilder()
                .add("added", AccountJson.strings(change.changed()))
                .add("unchanged", AccountJson.strings(change.unchanged()))
                .build();
    }

    @DELETE
    @Path("{name}/ip-ranges")
    public JsonObject removeIpRanges(@PathParam("name") String name, @QueryParam("cidr") List<String> cidrs) {
        IpRangeChange change = accounts.removeIpRanges(actor(), new AccountName(name), AccountBodies.cidrs(cidrs));
        return Jsonp.createObjectBuilder().add("removed", AccountJson.strings(change.changed())).build();
    }

    private JsonObject view(Account account) {
        return AccountJson.account(account, rangesOf(account)).build();
    }

    private List<IpRange> rangesOf(Account account) {
        return accounts.ipRanges(new AccountName(account.name()));
    }

    private static List<IpRange> rangesOf(Account account, List<IpRange> all) {
        return all.stream().filter(range -> range.account().name().equals(account.name())).toList();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
