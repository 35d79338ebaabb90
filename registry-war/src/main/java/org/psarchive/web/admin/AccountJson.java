package org.psarchive.web.admin;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.psarchive.account.Account;
import org.psarchive.account.AuditEvent;
import org.psarchive.account.IpRange;
import org.psarchive.account.NewKey;
import org.psarchive.account.Permission;

/** The admin API's JSON shapes (docs/admin-api.md). */
final class AccountJson {

    private AccountJson() {
    }

    static JsonObjectBuilder account(Account account, List<IpRange> ranges) {
        JsonArrayBuilder permissions = Jsonp.createArrayBuilder();
        account.permissions().stream().sorted().map(Permission::wireName).forEach(permissions::add);
        JsonArrayBuilder cidrs = Jsonp.createArrayBuilder();
        ranges.stream().map(IpRange::cidr).forEach(cidrs::add);
        return Jsonp.createObjectBuilder()
                .add("name", account.name())
                .add("enabled", account.enabled())
                .add("permissions", permissions)
                .add("has-key", account.hasKey())
                .add("key-created", instant(account.keyCreated()))
                .add("key-last-used", instant(account.keyLastUsed()))
                .add("ip-ranges", cidrs)
                .add("created", instant(account.created()));
    }

    static JsonObjectBuilder withKey(NewKey result, List<IpRange> ranges) {
        JsonObjectBuilder json = account(result.account(), ranges);
        if (result.hasKey()) {
            json.add("key", result.key());
        }
        return json;
    }

    static JsonObjectBuilder range(IpRange range) {
        return Jsonp.createObjectBuilder().add("cidr", range.cidr()).add("account", range.account().name());
    }

    static JsonObjectBuilder audit(AuditEvent event) {
        return Jsonp.createObjectBuilder()
                .add("at", instant(event.at()))
                .add("actor", event.actor())
                .add("action", event.action())
                .add("target", event.target())
                .add("detail", event.detail());
    }

    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue instant(Instant instant) {
        return instant == null ? JsonValue.NULL : Jsonp.createValue(instant.toString());
    }
}
