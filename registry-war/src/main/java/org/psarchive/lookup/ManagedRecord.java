package org.psarchive.lookup;

import java.util.List;
import java.util.Map;

/**
 * A record the server keeps on behalf of another part of the platform (the registry): {@code key}
 * names it stably across updates, so its uuid and uri do not change when its content does.
 */
public record ManagedRecord(String key, String uuid, String type, Map<String, List<String>> data) {

    public String uri() {
        return RecordUri.of(type, uuid);
    }
}
