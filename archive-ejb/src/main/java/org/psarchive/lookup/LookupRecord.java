package org.psarchive.lookup;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored record as clients see it: its data keys, the lease it holds, and whether the registry
 * manages it (then only the registry changes it).
 *
 * @param ttl the lease asked for at the last registration or renewal, if one was
 */
public record LookupRecord(long id, String uuid, String type, Map<String, List<String>> data, Optional<String> ttl,
        String state, Instant expires, boolean managed) {

    public static final String REGISTERED = "registered";
    public static final String RENEWED = "renewed";
    public static final String DELETED = "deleted";

    public LookupRecord {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** {@code lookup/<type>/<uuid>}, the record's name on the wire. */
    public String uri() {
        return RecordUri.of(type, uuid);
    }

    public List<String> values(String key) {
        return data.getOrDefault(key, List.of());
    }

    public Optional<String> clientUuid() {
        return values("client-uuid").stream().findFirst();
    }

    public LookupRecord withState(String newState) {
        return new LookupRecord(id, uuid, type, data, ttl, newState, expires, managed);
    }
}
