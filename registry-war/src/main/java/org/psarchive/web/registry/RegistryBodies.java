package org.psarchive.web.registry;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.registry.Community;
import org.psarchive.registry.CountryCode;
import org.psarchive.registry.Description;
import org.psarchive.registry.EndpointSpec;
import org.psarchive.registry.HostName;
import org.psarchive.registry.Ipv4Address;
import org.psarchive.registry.Ipv6Address;
import org.psarchive.registry.ServiceTypeName;
import org.psarchive.registry.ServiceTypeSpec;
import org.psarchive.registry.SiteName;
import org.psarchive.registry.SiteSpec;

/** Request bodies of the registry API, parsed whole into specs before anything is stored. */
final class RegistryBodies {

    private RegistryBodies() {
    }

    static SiteSpec site(JsonObject body, SiteName fallbackName) {
        JsonObject site = object(body);
        String name = optionalString(site, "name");
        return new SiteSpec(name == null ? required(fallbackName, "name") : new SiteName(name),
                new CountryCode(requiredString(site, "country-code")),
                Description.ofNullable(optionalString(site, "description")));
    }

    static ServiceTypeSpec serviceType(JsonObject body) {
        JsonObject type = object(body);
        return new ServiceTypeSpec(new ServiceTypeName(requiredString(type, "name")),
                new Description(requiredString(type, "description")),
                requiredString(type, "lookup-service-type"), requiredString(type, "locator-template"));
    }

    static EndpointSpec endpoint(JsonObject body) {
        JsonObject endpoint = object(body);
        return new EndpointSpec(
                new SiteName(requiredString(endpoint, "site")),
                new ServiceTypeName(requiredString(endpoint, "service-type")),
                new HostName(requiredString(endpoint, "host-name")),
                parsed(endpoint, "ipv4", Ipv4Address::new),
                parsed(endpoint, "ipv6", Ipv6Address::new),
                Description.ofNullable(optionalString(endpoint, "description")),
                flag(endpoint, "beta", EndpointSpec.DEFAULT_BETA),
                flag(endpoint, "production", EndpointSpec.DEFAULT_PRODUCTION),
                flag(endpoint, "monitored", EndpointSpec.DEFAULT_MONITORED),
                communities(endpoint));
    }

    private static JsonObject object(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("A JSON object is required as the request body.");
        }
        return body;
    }

    private static <T> T required(T value, String member) {
        if (value == null) {
            throw new InvalidInputException(member + " is required.");
        }
        return value;
    }

    private static String requiredString(JsonObject body, String member) {
        String value = optionalString(body, member);
        if (value == null) {
            throw new InvalidInputException(member + " is required.");
        }
        return value;
    }

    /** A string member, or null when it is missing or null. */
    private static String optionalString(JsonObject body, String member) {
        JsonValue value = body.get(member);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidInputException(member + " must be a string.");
    }

    /** An optional member parsed into its value object; missing, null or empty means none. */
    private static <T> T parsed(JsonObject body, String member, Function<String, T> parser) {
        String text = optionalString(body, member);
        return text == null || text.isEmpty() ? null : parser.apply(text);
    }

    private static boolean flag(JsonObject body, String member, boolean fallback) {
        JsonValue value = body.get(member);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidInputException(member + " must be true or false.");
    }

    private static Set<Community> communities(JsonObject body) {
        JsonValue value = body.get("communities");
        Set<Community> communities = new LinkedHashSet<>();
        if (value == null || value == JsonValue.NULL) {
            return communities;
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("communities must be an array of strings.");
        }
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new InvalidInputException("communities must be an array of strings.");
            }
            communities.add(new Community(text.getString()));
        }
        return communities;
    }
}
