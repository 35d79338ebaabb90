package org.psarchive.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import org.psarchive.account.Permission;
import org.psarchive.archive.hosts.ArchivingAccount;
import org.psarchive.archive.hosts.HostActivity;
import org.psarchive.archive.hosts.HostReport;
import org.psarchive.archive.hosts.HostService;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.web.auth.RequiresPermission;

/**
 * {@code GET /api/admin/hosts[?silent-for=PT6H]}: every measurement agent and archiving account with
 * its first and last result, most silent first (docs/admin-api.md).
 */
@Path("api/admin/hosts")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
public class HostsResource {

    @EJB
    private HostService hosts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject report(@QueryParam("silent-for") String silentFor) {
        HostReport report = hosts.report(duration(silentFor));
        JsonArrayBuilder agents = Jsonp.createArrayBuilder();
        report.agents().forEach(agent -> agents.add(json(agent, report.now())));
        JsonArrayBuilder accounts = Jsonp.createArrayBuilder();
        report.accounts().forEach(account -> accounts.add(json(account)));
        return Jsonp.createObjectBuilder().add("now", report.now().toString()).add("agents", agents)
                .add("accounts", accounts).build();
    }

    private static Duration duration(String text) {
        if (text == null) {
            return null;
        }
        try {
            Duration duration = Duration.parse(text.strip());
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // the 400 below
        }
        throw new InvalidInputException("silent-for must be an ISO-8601 duration such as PT6H or P2D, not negative.");
    }

    private static JsonObjectBuilder json(HostActivity agent, Instant now) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        nullable(json, "agent", agent.agent());
        json.add("first-result", agent.firstResult().toString());
        nullable(json, "last-result", agent.lastResult() == null ? null : agent.lastResult().toString());
        return json.add("silent-seconds", agent.silence(now).toSeconds())
                .add("records", agent.records())
                .add("records-updated-last-hour", agent.updatedLastHour())
                .add("records-updated-last-day", agent.updatedLastDay())
                .add("test-types", strings(agent.testTypes()))
                .add("tools", strings(agent.tools()));
    }

    private static JsonObjectBuilder json(ArchivingAccount account) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("name", account.name()).add("enabled", account.enabled())
                .add("has-key", account.hasKey());
        nullable(json, "key-last-used", account.keyLastUsed() == null ? null : account.keyLastUsed().toString());
        return json;
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
