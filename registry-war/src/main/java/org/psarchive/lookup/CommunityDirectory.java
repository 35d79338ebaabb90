package org.psarchive.lookup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    private static final String COMMUNITIES = "group-communities";

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    public List<CommunityCount> communities() {
        long now = clock.millis();
        return RecordStore.using(dataSource, store -> {
            Map<String, long[]> counts = new LinkedHashMap<>();
            try (PreparedStatement select = store.connection().prepareStatement("SELECT v.rvalue, r.record_type, COUNT(*)"
                    + " FROM lookup_value v JOIN lookup_record r ON r.id = v.record_id WHERE v.rkey = ?"
                    + " AND r.expires_at > ? AND r.record_type IN ('host', 'service')"
                    + " GROUP BY v.rvalue, r.record_type ORDER BY v.rvalue")) {
                select.setString(1, COMMUNITIES);
                select.setLong(2, now);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        long[] count = counts.computeIfAbsent(row.getString(1), name -> new long[2]);
                        count[row.getString(2).equals("host") ? 0 : 1] = row.getLong(3);
                    }
                }
            }
            List<CommunityCount> result = new ArrayList<>();
            counts.forEach((name, count) -> result.add(new CommunityCount(name, count[0], count[1])));
            return result;
        });
    }

    /**
     * The live hosts in a community, at most {@code limit}: hosts whose own record carries it and
     * hosts with a service that carries it. Matching is exact unless {@code ignoreCase}.
     */
    public List<CommunityHost> hosts(String community, boolean ignoreCase, int limit) {
        long now = clock.millis();
        return RecordStore.using(dataSource, store -> {
            List<LookupRecord> members = store.byIds(store.ids("SELECT v.record_id FROM lookup_value v"
                    + " JOIN lookup_record r ON r.id = v.record_id WHERE v.rkey = ? AND "
                    + (ignoreCase ? "LOWER(v.rvalue) = ?" : "v.rvalue = ?")
                    + " AND r.expires_at > ? AND r.record_type IN ('host', 'service')",
                    List.of(COMMUNITIES, ignoreCase ? community.toLowerCase(Locale.ROOT) : community, now)));
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
            for (LookupRecord host : live(byUris(store, referenced), now)) {
                if (host.type().equals("host")) {
                    hosts.put(host.uri(), host);
                }
            }
            List<LookupRecord> chosen = hosts.values().stream().limit(limit).toList();
            Map<String, List<LookupRecord>> services = servicesOf(store, chosen, now);
            Map<String, LookupRecord> interfaces = new LinkedHashMap<>();
            Set<String> interfaceUris = new LinkedHashSet<>();
            chosen.forEach(host -> interfaceUris.addAll(host.values("host-net-interfaces")));
            live(byUris(store, interfaceUris), now).forEach(i -> interfaces.put(i.uri(), i));
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

    private static Map<String, List<LookupRecord>> servicesOf(RecordStore store, List<LookupRecord> hosts, long now)
            throws java.sql.SQLException {
        Map<String, List<LookupRecord>> services = new LinkedHashMap<>();
        List<String> uris = hosts.stream().map(LookupRecord::uri).toList();
        for (int from = 0; from < uris.size(); from += RecordStore.CHUNK) {
            List<String> chunk = uris.subList(from, Math.min(uris.size(), from + RecordStore.CHUNK));
            List<Object> bound = new ArrayList<>();
            bound.add("service-host");
            bound.addAll(chunk);
            List<LookupRecord> found = store.byIds(store.ids("SELECT DISTINCT v.record_id FROM lookup_value v"
                    + " WHERE v.rkey = ? AND v.rvalue IN (" + RecordStore.marks(chunk.size()) + ")", bound));
            for (LookupRecord service : live(found, now)) {
                if (service.type().equals("service")) {
                    service.values("service-host").stream().filter(chunk::contains).forEach(
                            host -> services.computeIfAbsent(host, h -> new ArrayList<>()).add(service));
                }
            }
        }
        return services;
    }

    private static List<LookupRecord> byUris(RecordStore store, Set<String> uris) throws java.sql.SQLException {
        List<String> uuids = uris.stream().map(RecordUri::parse).flatMap(java.util.Optional::stream)
                .map(RecordUri::uuid).toList();
        List<LookupRecord> records = new ArrayList<>();
        for (int from = 0; from < uuids.size(); from += RecordStore.CHUNK) {
            List<String> chunk = uuids.subList(from, Math.min(uuids.size(), from + RecordStore.CHUNK));
            records.addAll(store.select("SELECT " + RecordStore.COLUMNS + " FROM lookup_record r WHERE r.uuid IN ("
                    + RecordStore.marks(chunk.size()) + ")", chunk));
        }
        return records;
    }

    private static List<LookupRecord> live(List<LookupRecord> records, long now) {
        return records.stream().filter(r -> r.expires().toEpochMilli() > now).toList();
    }
}
