package org.psarchive.lookup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL of the community view, on the connection of a {@link RecordStore}: how many live host and
 * service records carry each community, the live records that carry one, and the records whose value of
 * a key is one of some values (the services of a set of hosts).
 */
final class CommunityStore {

    static final String COMMUNITIES = "group-communities";

    private final RecordStore records;

    CommunityStore(RecordStore records) {
        this.records = records;
    }

    /** Every community live host or service records carry, by name, with the count of each. */
    List<CommunityCount> counts(long now) throws SQLException {
        Map<String, long[]> counts = new LinkedHashMap<>();
        try (PreparedStatement select = records.connection().prepareStatement("SELECT v.rvalue, r.record_type, COUNT(*)"
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
    }

    /** The live host and service records that carry the community (exactly, or ignoring case), in id order. */
    List<LookupRecord> members(String community, boolean ignoreCase, long now) throws SQLException {
        return records.byIds(records.ids("SELECT v.record_id FROM lookup_value v"
                + " JOIN lookup_record r ON r.id = v.record_id WHERE v.rkey = ? AND "
                + (ignoreCase ? "LOWER(v.rvalue) = ?" : "v.rvalue = ?")
                + " AND r.expires_at > ? AND r.record_type IN ('host', 'service')",
                List.of(COMMUNITIES, ignoreCase ? community.toLowerCase(Locale.ROOT) : community, now)));
    }

    /** The records (live or not) whose {@code key} holds one of {@code values}, each once. */
    List<LookupRecord> withValue(String key, List<String> values) throws SQLException {
        Map<Long, LookupRecord> found = new LinkedHashMap<>();
        for (int from = 0; from < values.size(); from += RecordStore.CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + RecordStore.CHUNK));
            List<Object> bound = new ArrayList<>();
            bound.add(key);
            bound.addAll(chunk);
            records.byIds(records.ids("SELECT DISTINCT v.record_id FROM lookup_value v WHERE v.rkey = ? AND v.rvalue IN ("
                    + RecordStore.marks(chunk.size()) + ")", bound)).forEach(record -> found.putIfAbsent(record.id(), record));
        }
        return new ArrayList<>(found.values());
    }
}
