package org.psarchive.lookup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.psarchive.registry.RegisteredEndpoint;
import org.psarchive.registry.RegisteredHostChanged;
import org.psarchive.registry.RegistryService;

/**
 * Publishes the registry's service endpoints in the lookup service, as gocdb2sls did for GOCDB: one
 * host record per registered host name (its addresses, site, country and the union of its endpoints'
 * communities) and one service record per endpoint, pointing at the host record. Kept in step inside
 * the transaction of every registry change, so a query never sees one without the other.
 */
@Stateless
public class RegistryRecords {

    /** The client-uuid of every record the registry publishes. */
    public static final String CLIENT_UUID = "psarchive-registry";

    @EJB
    private RegistryService registry;

    @EJB
    private ManagedRecords managed;

    public void hostChanged(@Observes RegisteredHostChanged change) {
        publish(change.hostName());
    }

    /** Makes the lookup records of one host name match the registry. */
    public void publish(String hostName) {
        List<RegisteredEndpoint> endpoints = registry.endpointsOnHost(hostName);
        if (endpoints.isEmpty()) {
            managed.replace(hostName, List.of());
            return;
        }
        String hostKey = "registry:host:" + hostName;
        String hostUuid = managed.uuidsOf(hostName).getOrDefault(hostKey, UUID.randomUUID().toString());
        String hostUri = RecordUri.of("host", hostUuid);
        List<ManagedRecord> records = new ArrayList<>();
        records.add(new ManagedRecord(hostKey, hostUuid, "host", hostData(hostName, endpoints)));
        for (RegisteredEndpoint endpoint : endpoints) {
            records.add(new ManagedRecord("registry:endpoint:" + endpoint.id(), UUID.randomUUID().toString(), "service",
                    serviceData(endpoint, hostUri)));
        }
        managed.replace(hostName, records);
    }

    /** Republishes every registered host and drops the records of hosts the registry no longer has. */
    public int publishAll() {
        Set<String> hosts = new LinkedHashSet<>(registry.hostNames());
        hosts.forEach(this::publish);
        for (String owner : managed.owners()) {
            if (!hosts.contains(owner)) {
                managed.replace(owner, List.of());
            }
        }
        return hosts.size();
    }

    private static Map<String, List<String>> hostData(String hostName, List<RegisteredEndpoint> endpoints) {
        Set<String> names = new LinkedHashSet<>();
        names.add(hostName);
        Set<String> sites = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> communities = new TreeSet<>();
        for (RegisteredEndpoint endpoint : endpoints) {
            addIfPresent(names, endpoint.ipv4());
            addIfPresent(names, endpoint.ipv6());
            sites.add(endpoint.siteName());
            addIfPresent(countries, endpoint.countryCode());
            communities.addAll(endpoint.communities());
        }
        Map<String, List<String>> data = new LinkedHashMap<>();
        data.put("type", List.of("host"));
        data.put("host-name", List.copyOf(names));
        data.put("location-sitename", List.copyOf(sites));
        if (!countries.isEmpty()) {
            data.put("location-country", List.copyOf(countries));
        }
        data.put("group-communities", List.copyOf(communities));
        data.put("client-uuid", List.of(CLIENT_UUID));
        return data;
    }

    private static Map<String, List<String>> serviceData(RegisteredEndpoint endpoint, String hostUri) {
        Map<String, List<String>> data = new LinkedHashMap<>();
        data.put("type", List.of("service"));
        data.put("service-type", List.of(endpoint.lookupServiceType()));
        data.put("service-name", List.of(endpoint.description() == null || endpoint.description().isBlank()
                ? endpoint.siteName() + " " + endpoint.serviceType() : endpoint.description()));
        data.put("service-locator", List.of(endpoint.locator()));
        data.put("service-host", List.of(hostUri));
        data.put("location-sitename", List.of(endpoint.siteName()));
        data.put("group-communities", List.copyOf(endpoint.communities()));
        data.put("registry-service-type", List.of(endpoint.serviceType()));
        data.put("registry-beta", List.of(String.valueOf(endpoint.beta())));
        data.put("registry-production", List.of(String.valueOf(endpoint.production())));
        data.put("registry-monitored", List.of(String.valueOf(endpoint.monitored())));
        data.put("client-uuid", List.of(CLIENT_UUID));
        return data;
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }
}
