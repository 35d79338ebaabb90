package org.psarchive.lookup;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psarchive.platform.json.Jsonp;

/**
 * A stored record as clients see it: its data keys, the lease it holds, and whether the registry
 * manages it (then only the registry changes it). Its data is kept as the stored JSON text and parsed
 * only when a caller looks at a key, so that answering a query is mostly copying text.
 */
public final class LookupRecord {

    public static final String REGISTERED = "registered";
    public static final String RENEWED = "renewed";
    public static final String DELETED = "deleted";

    private final long id;
    private final String uuid;
    private final String type;
    private final String body;
    private final Optional<String> ttl;
    private final String state;
    private final Instant expires;
    private final boolean managed;
    private volatile Map<String, List<String>> data;

    /** @param ttl the lease asked for at the last registration or renewal, if one was */
    public LookupRecord(long id, String uuid, String type, Map<String, List<String>> data, Optional<String> ttl,
            String state, Instant expires, boolean managed) {
        this(id, uuid, type, RecordStore.body(data), ttl, state, expires, managed);
        this.data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    }

    private LookupRecord(long id, String uuid, String type, String body, Optional<String> ttl, String state,
            Instant expires, boolean managed) {
        this.id = id;
        this.uuid = uuid;
        this.type = type;
        this.body = body;
        this.ttl = ttl;
        this.state = state;
        this.expires = expires;
        this.managed = managed;
    }

    /** A record as stored: {@code body} is the JSON object of its data keys. */
    static LookupRecord stored(long id, String uuid, String type, String body, Optional<String> ttl, String state,
            Instant expires, boolean managed) {
        return new LookupRecord(id, uuid, type, body, ttl, state, expires, managed);
    }

    public long id() {
        return id;
    }

    public String uuid() {
        return uuid;
    }

    public String type() {
        return type;
    }

    public Optional<String> ttl() {
        return ttl;
    }

    public String state() {
        return state;
    }

    public Instant expires() {
        return expires;
    }

    public boolean managed() {
        return managed;
    }

    /** The data keys in registration order, each a list of strings. */
    public Map<String, List<String>> data() {
        Map<String, List<String>> parsed = data;
        if (parsed == null) {
            parsed = RecordStore.data(body);
            data = parsed;
        }
        return parsed;
    }

    /** {@code lookup/<type>/<uuid>}, the record's name on the wire. */
    public String uri() {
        return RecordUri.of(type, uuid);
    }

    public List<String> values(String key) {
        return data().getOrDefault(key, List.of());
    }

    public Optional<String> clientUuid() {
        return values("client-uuid").stream().findFirst();
    }

    public LookupRecord withState(String newState) {
        return new LookupRecord(id, uuid, type, body, ttl, newState, expires, managed);
    }

    /**
     * The record in sLS's wire format: the data keys as stored, then {@code ttl} (a list), {@code uri},
     * {@code expires} and {@code state}.
     */
    public String toJson() {
        StringWriter json = new StringWriter(body.length() + 160);
        try {
            writeJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return json.toString();
    }

    /** {@link #toJson()} appended to {@code out} piece by piece, so that an answer can be streamed. */
    public void writeJson(Writer out) throws IOException {
        out.write(body, 0, body.length() - 1); // the stored object without its closing brace; it has "type"
        out.append(",\"ttl\":[");
        if (ttl.isPresent()) {
            out.append(Jsonp.createValue(ttl.get()).toString());
        }
        out.append("],\"uri\":").append(Jsonp.createValue(uri()).toString())
                .append(",\"expires\":\"").append(LookupTime.format(expires))
                .append("\",\"state\":").append(Jsonp.createValue(state).toString()).append('}');
    }
}
