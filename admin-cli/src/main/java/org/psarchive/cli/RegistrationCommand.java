package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code registration}: the registry of perfSONAR hosts, GOCDB-style. Its verbs manage service
 * endpoints (one service type on one host of one site); {@code registration site} manages the sites.
 */
@Command(name = "registration", mixinStandardHelpOptions = true,
        description = "Manages the registry: service endpoints of perfSONAR hosts, and (registration site) their sites.",
        subcommands = {
            RegistrationCommand.SiteCommand.class, RegistrationCommand.Add.class, RegistrationCommand.ListAll.class,
            RegistrationCommand.Show.class, RegistrationCommand.Update.class, RegistrationCommand.Remove.class,
            RegistrationCommand.DualStack.class})
final class RegistrationCommand {

    static final String ENDPOINTS = "api/registry/endpoints";
    static final String SITES = "api/registry/sites";

    private RegistrationCommand() {
    }

    static ApiPath endpoint(long id) {
        return ApiPath.of(ENDPOINTS).segment(String.valueOf(id));
    }

    static ApiPath site(String name) {
        return ApiPath.of(SITES).segment(name);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Registers a service endpoint: a service type on a host of a site (flags default to N/Y/Y).")
    static final class Add extends ApiCommand {

        @Option(names = "--site", required = true, paramLabel = "SITE", description = "Hosting site")
        String site;

        @Option(names = "--type", required = true, paramLabel = "TYPE",
                description = "Service type, e.g. net.perfSONAR.Bandwidth or net.perfSONAR.Latency")
        String type;

        @Option(names = "--host", required = true, paramLabel = "FQDN", description = "Fully qualified host name")
        String host;

        @Mixin
        EndpointFields fields;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject endpoint = ApiJson.asObject(api.post(ApiPath.of(ENDPOINTS), fields.create(site, type, host)));
            output.print(endpoint, out -> RegistrationView.endpoint(out, endpoint));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists service endpoints, optionally filtered.")
    static final class ListAll extends ApiCommand {

        @Option(names = "--site", paramLabel = "SITE", description = "Only this site's")
        String site;

        @Option(names = "--type", paramLabel = "TYPE", description = "Only this service type's")
        String type;

        @Option(names = "--host", paramLabel = "FQDN", description = "Only this host's")
        String host;

        @Option(names = "--community", paramLabel = "NAME", description = "Only endpoints in this community (case-sensitive)")
        String community;

        @Option(names = "--beta", negatable = true, description = "Only beta (--beta) or non-beta (--no-beta) endpoints")
        Boolean beta;

        @Option(names = "--production", negatable = true, description = "Only production or non-production endpoints")
        Boolean production;

        @Option(names = "--monitored", negatable = true, description = "Only monitored or unmonitored endpoints")
        Boolean monitored;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (default: ${DEFAULT-VALUE}, at most 1000)")
        int limit;

        @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N")
        int offset;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject page = ApiJson.asObject(api.get(query()));
            output.print(page, out -> RegistrationView.endpoints(out, page));
        }

        ApiPath query() {
            ApiPath path = ApiPath.of(ENDPOINTS).query("limit", String.valueOf(limit)).query("offset", String.valueOf(offset));
            optional(path, "site", site);
            optional(path, "service-type", type);
            optional(path, "host", host);
            optional(path, "community", community);
            optional(path, "beta", beta == null ? null : beta.toString());
            optional(path, "production", production == null ? null : production.toString());
            optional(path, "monitored", monitored == null ? null : monitored.toString());
            return path;
        }

        private static void optional(ApiPath path, String name, String value) {
            if (value != null) {
                path.query(name, value);
            }
        }
    }

    /** The ID parameter of {@code show}, {@code update} and {@code remove}. */
    abstract static class OneEndpoint extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "The endpoint's id (see registration list)")
        long id;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one service endpoint.")
    static final class Show extends OneEndpoint {

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject endpoint = ApiJson.asObject(api.get(endpoint(id)));
            output.print(endpoint, out -> RegistrationView.endpoint(out, endpoint));
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Changes the options given of a service endpoint; the others keep their values.")
    static final class Update extends OneEndpoint {

        @Option(names = "--site", paramLabel = "SITE", description = "Move to this site")
        String site;

        @Option(names = "--type", paramLabel = "TYPE", description = "Change the service type")
        String type;

        @Option(names = "--host", paramLabel = "FQDN", description = "Change the host name")
        String host;

        @Mixin
        EndpointFields fields;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject current = ApiJson.asObject(api.get(endpoint(id)));
            JsonObject endpoint = ApiJson.asObject(api.put(endpoint(id), fields.merge(current, site, type, host)));
            output.print(endpoint, out -> RegistrationView.endpoint(out, endpoint));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Deletes a service endpoint.")
    static final class Remove extends OneEndpoint {

        @Override
        void run(ApiClient api) {
            api.delete(endpoint(id));
            out().println("Removed service endpoint " + id);
        }
    }

    @Command(name = "dual-stack", mixinStandardHelpOptions = true,
            description = "Reports whether each endpoint's host name resolves to IPv4 and IPv6 (the server's resolver).")
    static final class DualStack extends ApiCommand {

        @Option(names = "--site", paramLabel = "SITE", description = "Only this site's endpoints")
        String site;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            ApiPath path = ApiPath.of("api/registry/dual-stack");
            if (site != null) {
                path.query("site", site);
            }
            JsonObject report = ApiJson.asObject(api.get(path));
            output.print(report, out -> RegistrationView.dualStack(out, report));
        }
    }

    /** {@code registration site}: the hosting sites. */
    @Command(name = "site", mixinStandardHelpOptions = true, description = "Manages the sites that host service endpoints.",
            subcommands = {SiteAdd.class, SiteList.class, SiteShow.class, SiteUpdate.class, SiteRemove.class})
    static final class SiteCommand {
    }

    /** The NAME parameter of the site verbs but {@code list}. */
    abstract static class OneSite extends ApiCommand {

        @Parameters(index = "0", paramLabel = "NAME", converter = NonBlank.class, description = "Site name, e.g. CERN-PROD")
        String name;

        @Mixin
        Output output;

        void print(JsonValue answer) {
            output.print(answer, out -> RegistrationView.site(out, ApiJson.asObject(answer)));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Creates a site.")
    static final class SiteAdd extends OneSite {

        @Option(names = "--country", required = true, paramLabel = "CC", description = "ISO 3166 alpha-2 country code, e.g. CH")
        String country;

        @Option(names = "--description", paramLabel = "TEXT", description = "Short description")
        String description;

        @Override
        void run(ApiClient api) {
            JsonObjectBuilder body = ApiJson.object().add("name", name).add("country-code", country);
            if (description != null) {
                body.add("description", description);
            }
            print(api.post(ApiPath.of(SITES), body.build()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the sites.")
    static final class SiteList extends ApiCommand {

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonValue sites = api.get(ApiPath.of(SITES));
            output.print(sites, out -> RegistrationView.sites(out, ApiJson.asArray(sites)));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one site.")
    static final class SiteShow extends OneSite {

        @Override
        void run(ApiClient api) {
            print(api.get(site(name)));
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Changes the options given of a site (--name renames it); the others keep their values.")
    static final class SiteUpdate extends OneSite {

        @Option(names = "--name", paramLabel = "NEW-NAME", description = "Rename the site")
        String newName;

        @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 alpha-2 country code")
        String country;

        @Option(names = "--description", paramLabel = "TEXT", description = "Short description ('' for none)")
        String description;

        @Override
        void run(ApiClient api) {
            JsonObject current = ApiJson.asObject(api.get(site(name)));
            print(api.put(site(name), merge(current, newName, country, description)));
        }

        /** The site as the server answered it, with the given options replacing its members. */
        static JsonObject merge(JsonObject current, String newName, String country, String description) {
            JsonObjectBuilder body = ApiJson.object()
                    .add("name", newName != null ? newName : current.getString("name"))
                    .add("country-code", country != null ? country : current.getString("country-code"));
            if (description != null) {
                body.add("description", description);
            } else if (current.get("description") != null) {
                body.add("description", current.get("description"));
            }
            return body.build();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Deletes a site; one with service endpoints only with --cascade, which deletes them too.")
    static final class SiteRemove extends ApiCommand {

        @Parameters(index = "0", paramLabel = "NAME", converter = NonBlank.class, description = "Site name")
        String name;

        @Option(names = "--cascade", description = "Also delete the site's service endpoints")
        boolean cascade;

        @Override
        void run(ApiClient api) {
            api.delete(site(name).query("cascade", String.valueOf(cascade)));
            out().println("Removed site " + name);
        }
    }
}
