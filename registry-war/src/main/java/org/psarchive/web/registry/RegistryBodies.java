package org.psarchive.web.registry;

import static org.psarchive.web.BodyMembers.booleanOr;
import static org.psarchive.web.BodyMembers.optionalString;
import static org.psarchive.web.BodyMembers.requiredString;

import jakarta.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
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
import org.psarchive.web.BodyMembers;

/** Request bodies of the registry API, parsed whole into specs (members read by {@link BodyMembers}) before anything is stored. */
final class RegistryBodies {

    private RegistryBodies() {
    }

    static SiteSpec site(JsonObject body, SiteName fallbackName) {
        JsonObject site = BodyMembers.required(body);
        String name = optionalString(site, "name");
        return new SiteSpec(name == null ? required(fallbackName, "name") : new SiteName(name),
                new CountryCode(requiredString(site, "country-code")),
                Description.ofNullable(optionalString(site, "description")));
    }

    static ServiceTypeSpec serviceType(JsonObject body) {
        JsonObject type = BodyMembers.required(body);
        return new ServiceTypeSpec(new ServiceTypeName(requiredString(type, "name")),
                new Description(requiredString(type, "description")),
                requiredString(type, "lookup-service-type"), requiredString(type, "locator-template"));
    }

    static EndpointSpec endpoint(JsonObject body) {
        JsonObject endpoint = BodyMembers.required(body);
        return new EndpointSpec(
                new SiteName(requiredString(endpoint, "site")),
                new ServiceTypeName(requiredString(endpoint, "service-type")),
                new HostName(requiredString(endpoint, "host-name")),
                parsed(endpoint, "ipv4", Ipv4Address::new),
                parsed(endpoint, "ipv6", Ipv6Address::new),
                Description.ofNullable(optionalString(endpoint, "description")),
                booleanOr(endpoint, "beta", EndpointSpec.DEFAULT_BETA),
                booleanOr(endpoint, "production", EndpointSpec.DEFAULT_PRODUCTION),
                booleanOr(endpoint, "monitored", EndpointSpec.DEFAULT_MONITORED),
                communities(endpoint));
    }

    private static <T> T required(T value, String member) {
        if (value == null) {
            throw BodyMembers.missing(member);
        }
        return value;
    }

    /** An optional member parsed into its value object; missing, null or empty means none. */
    private static <T> T parsed(JsonObject body, String member, Function<String, T> parser) {
        String text = optionalString(body, member);
        return text == null || text.isEmpty() ? null : parser.apply(text);
    }

    private static Set<Community> communities(JsonObject body) {
        Set<Community> communities = new LinkedHashSet<>();
        BodyMembers.strings(body, "communities").forEach(name -> communities.add(new Community(name)));
        return communities;
    }
}
