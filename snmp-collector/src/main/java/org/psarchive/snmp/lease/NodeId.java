package org.psarchive.snmp.lease;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * This node's name in the leases: {@code PSARCHIVE_NODE_ID} when set, else the host name and a random
 * suffix made at each start ({@code psarchive-1.example.org-3f9a1c}), so that two instances on one host,
 * or a restarted instance, never pass for each other. 1 to 128 printable ASCII characters without spaces.
 */
public record NodeId(String value) {

    public static final int MAX_LENGTH = 128;
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7e]{1," + MAX_LENGTH + "}");
    private static final int SUFFIX_BYTES = 3;

    public NodeId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("PSARCHIVE_NODE_ID must be 1 to " + MAX_LENGTH
                    + " printable ASCII characters without spaces, got '" + value + "'");
        }
    }

    /** The configured id if there is one, else {@link #generated}. */
    public static NodeId of(Optional<String> configured, String hostName, RandomGenerator random) {
        return configured.map(String::strip).filter(id -> !id.isEmpty()).map(NodeId::new)
                .orElseGet(() -> generated(hostName, random));
    }

    /** The host name (cut so the whole fits) and a random suffix of 6 hex digits. */
    public static NodeId generated(String hostName, RandomGenerator random) {
        byte[] suffix = new byte[SUFFIX_BYTES];
        random.nextBytes(suffix);
        String host = hostName == null ? "" : hostName.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\x21-\\x7e]", "");
        if (host.isEmpty()) {
            host = "node";
        }
        int room = MAX_LENGTH - 1 - 2 * SUFFIX_BYTES;
        return new NodeId((host.length() > room ? host.substring(0, room) : host) + "-" + HexFormat.of().formatHex(suffix));
    }

    @Override
    public String toString() {
        return value;
    }
}
