package org.psarchive.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordStoreTest {

    @Test
    void readsBackTheDataKeysItStoredInTheirOrder() {
        Map<String, List<String>> data = new LinkedHashMap<>();
        data.put("type", List.of("service"));
        data.put("service-name", List.of("ps \"east\" \\ \u00e9\u6771 \ud83d\ude80\n"));
        data.put("group-communities", List.of("WLCG", "ATLAS", "WLCG"));
        data.put("host-vm", List.of());
        data.put("location-sitename", List.of(""));

        Map<String, List<String>> read = RecordStore.data(RecordStore.body(data));

        assertEquals(data, read);
        assertEquals(List.copyOf(data.keySet()), List.copyOf(read.keySet()));
    }

    @Test
    void readsAnEmptyBody() {
        assertEquals(Map.of(), RecordStore.data("{}"));
    }
}
