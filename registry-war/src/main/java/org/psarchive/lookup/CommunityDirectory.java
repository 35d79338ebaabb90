package org.psarchive.lookup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.psarchive.platform.db.SchemaMigrator;

/**
 * Communities as first-class citizens: the list of communities with their sizes (sLS never had one,
 * project#1033), and the hosts of a community with their services and addresses in one call, found
 * through the {@code group-communities} index whether the host or only its services carry it.
 *
 * <p>Reads only, so no transaction of their own: at the pool's READ COMMITTED every statement sees what
 * is committed anyway, and a transaction cost three statements more per call.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CommunityDirectory {

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    public List<CommunityCount> communities() {
        long now = clock.millis();
        return RecordStore.using(dataSource, store -> new CommunityStore(store).counts(now));
    }

    /**
     * The live hosts in a community, at most {@code limit}: hosts whose own record carries it and
     * hosts with a service that carries it. Matching is exact unless {@code ignoreCase}.
     */
    public List<CommunityHost> hosts(String community, boolean ignoreCase, int limit) {
        long now = clock.millis();
        return RecordStore.using(dataSource, store -> {
            CommunityStore communities = new CommunityStore(store);
            List<LookupRecord> members = communities.members(community, ignoreCase, now);
            Map<String, LookupRecord> hosts = new LinkedHashMap<>();
            Set<String> referenced = new LinkedHashSet<>();
            for (LookupRecord member : members) {
                if (member.type().equals("host")) {
                    hosts.put(member.uri(), member);
                } else {
                    referenced.addAll(member.values("service-host"));
                }
            }
            referenced.removeAll(hosts.keySet());
            for (LookupRecord host : live(store.byUuids(uuids(referenced)), now)) {
                if (host.type().equals("host")) {
                    hosts.put(host.uri(), host);
                }
            }
            List<LookupRecord> chosen = hosts.values().stream().limit(limit).toList();
            Map<String, List<LookupRecord>> services = servicesOf(communities, chosen, now);
            Map<String, LookupRecord> interfaces = new LinkedHashMap<>();
            Set<String> interfaceUris = new LinkedHashSet<>();
            chosen.forEach(host -> interfaceUris.addAll(host.values("host-net-interfaces")));
            live(store.byUuids(uuids(interfaceUris)), now).forEach(i -> interfaces.put(i.uri(), i));
            List<CommunityHost> result = new ArrayList<>();
            for (LookupRecord host : chosen) {
                Set<String> addresses = new LinkedHashSet<>(host.values("host-name"));
                host.values("host-net-interfaces").stream().map(interfaces::get).filter(i -> i != null)
                        .forEach(i -> addresses.addAll(i.values("interface-addresses")));
                result.add(new CommunityHost(host, services.getOrDefault(host.uri(), List.of()), new ArrayList<>(addresses)));
            }
            return result;
        });
    }

    private static Map<String, List<LookupRecord>> servicesOf(CommunityStore communities, List<LookupRecord> hosts,
            long now) throws java.sql.SQLException {
        Map<String, List<LookupRecord>> services = new LinkedHashMap<>();
        List<String> uris = hosts.stream().map(LookupRecord::uri).toList();
        Set<String> wanted = new java.util.HashSet<>(uris);
        for (LookupRecord service : live(communities.withValue("service-host", uris), now)) {
            if (service.type().equals("service")) {
                service.values("service-host").stream().filter(wanted::contains).distinct().forEach(
                        host -> services.computeIfAbsent(host, h -> new ArrayList<>()).add(service));
            }
        }
        return services;
    }

    private static List<String> uuids(Set<String> uris) {
        return uris.stream().map(RecordUri::parse).flatMap(java.util.Optional::stream).map(RecordUri::uuid).toList();
    }

    private static List<LookupRecord> live(List<LookupRecord> records, long now) {
        return records.stream().filter(r -> r.expires().toEpochMilli() > now).toList();
    }
}
