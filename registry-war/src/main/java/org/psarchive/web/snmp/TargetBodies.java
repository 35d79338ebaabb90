package org.psarchive.web.snmp;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.snmp.target.SnmpVersion;
import org.psarchive.snmp.target.TargetChanges;
import org.psarchive.snmp.target.TargetFields;
import org.psarchive.web.BodyMembers;

/** The members of a target's create and update bodies, parsed into {@link TargetChanges}. */
final class TargetBodies {

    private static final List<String> MEMBERS = List.of("name", "host", "port", "version", "community", "user",
            "auth-protocol", "auth-password", "priv-protocol", "priv-password", "interval", "include", "exclude",
            "enabled");

    private TargetBodies() {
    }

    /** On update a {@code null} protocol removes it (a merge patch); the name is the path's, never the body's. */
    static TargetChanges changes(JsonObject body, boolean create) {
        for (String member : body.keySet()) {
            if (!MEMBERS.contains(member)) {
                throw new InvalidInputException("Unknown member '" + member + "'; a target has " + String.join(", ", MEMBERS) + ".");
            }
        }
        if (!create && body.containsKey("name")) {
            throw new InvalidInputException("'name' cannot change: secrets are bound to it. Create a new target instead.");
        }
        String version = BodyMembers.optionalString(body, "version");
        return new TargetChanges(
                BodyMembers.optionalString(body, "host"),
                integer(body, "port"),
                version == null ? null : SnmpVersion.parse(version),
                BodyMembers.optionalString(body, "community"),
                BodyMembers.optionalString(body, "user"),
                protocol(body, "auth-protocol", TargetFields::authProtocol),
                BodyMembers.optionalString(body, "auth-password"),
                protocol(body, "priv-protocol", TargetFields::privProtocol),
                BodyMembers.optionalString(body, "priv-password"),
                integer(body, "interval"),
                body.containsKey("include") ? BodyMembers.strings(body, "include") : null,
                body.containsKey("exclude") ? BodyMembers.strings(body, "exclude") : null,
                body.containsKey("enabled") && body.get("enabled") != JsonValue.NULL
                        ? BodyMembers.booleanOr(body, "enabled", true) : null);
    }

    /** Absent: null (unchanged); JSON null: empty (none); a name: the protocol. */
    private static <T> Optional<T> protocol(JsonObject body, String member, Function<String, T> parse) {
        if (!body.containsKey(member)) {
            return null;
        }
        String text = BodyMembers.optionalString(body, member);
        return text == null ? Optional.empty() : Optional.of(parse.apply(text));
    }

    private static Integer integer(JsonObject body, String member) {
        JsonValue value = body.get(member);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException tooBig) {
                // worded below
            }
        }
        throw new InvalidInputException("'" + member + "' must be a whole number.");
    }
}
