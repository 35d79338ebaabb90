package org.psarchive.archive.metadata;

import java.util.List;
import java.util.Map;

/**
 * A search of metadata (esmond's GET archive/ filters). Address fields carry every address a host
 * name resolved to; the event-type triple must match one series; parameters match exactly.
 */
public record MetadataFilter(Map<String, List<String>> subject, String subjectType, String metadataKey,
        String eventType, String summaryType, Long summaryWindow, Map<String, String> parameters,
        Long updatedFrom, Long updatedTo) {

    public static MetadataFilter none() {
        return new MetadataFilter(Map.of(), null, null, null, null, null, Map.of(), null, null);
    }
}
