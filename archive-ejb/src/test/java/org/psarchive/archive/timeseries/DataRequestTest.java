package org.psarchive.archive.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

/** The bulk body, read as a stream: esmond's shape, members in any order, clear 400s. */
class DataRequestTest {

    @Test
    void readsEveryPointOfEveryEntryWhateverTheOrderOfMembers() {
        List<DataPoint> points = bulk("""
                {"ignored": {"a": [1, 2]}, "data": [
                  {"val": [{"val": 600, "event-type": "packet-count-sent"},
                           {"event-type": "histogram-owdelay", "val": {"1": 2, "3": 4}}], "ts": 1000000200},
                  {"ts": "1000000260", "note": [true], "val": [{"event-type": "packet-count-sent", "val": "400"}]}]}""");

        assertEquals(3, points.size());
        assertEquals(new DataPoint("packet-count-sent", 1000000200, jakarta.json.Json.createValue(600)), points.get(0));
        assertEquals("histogram-owdelay", points.get(1).eventType());
        assertEquals("{\"1\":2,\"3\":4}", points.get(1).value().toString());
        assertEquals(1000000260, points.get(2).ts());
        assertEquals("\"400\"", points.get(2).value().toString());
    }

    @Test
    void readsTheSameFromAJsonObject() {
        String body = "{\"data\":[{\"ts\":5,\"val\":[{\"event-type\":\"throughput\",\"val\":1.5e9}]}]}";
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            assertEquals(bulk(body), DataRequest.bulk(reader.readObject()));
        }
    }

    @Test
    void refusesBodiesWithoutAnEsmondDataList() {
        assertRefused("{}", "A JSON object with a 'data' list is required.");
        assertRefused("[1]", "A JSON object with a 'data' list is required.");
        assertRefused("{\"data\": {}}", "A JSON object with a 'data' list is required.");
        assertRefused("{\"data\": [7]}", "data[0] must be an object with ts and val.");
        assertRefused("{\"data\": [{\"ts\": 1, \"val\": []}, {\"val\": []}]}", "data[1].ts is required");
        assertRefused("{\"data\": [{\"ts\": -1, \"val\": []}]}", "data[0].ts must not be negative.");
        assertRefused("{\"data\": [{\"ts\": 1.5, \"val\": []}]}", "data[0].ts must be a whole number");
        assertRefused("{\"data\": [{\"ts\": 1}]}", "data[0].val must be a list of {event-type, val}.");
        assertRefused("{\"data\": [{\"ts\": 1, \"val\": {}}]}", "data[0].val must be a list of {event-type, val}.");
        assertRefused("{\"data\": [{\"ts\": 1, \"val\": [{\"val\": 3}]}]}", "data[0].val entries need an event-type and a val.");
        assertRefused("{\"data\": [{\"ts\": 1, \"val\": [{\"event-type\": \"x\"}]}]}", "'val' is required.");
    }

    @Test
    void malformedJsonIsAJsonException() {
        assertThrows(JsonException.class, () -> bulk("{\"data\": [{\"ts\": 1,"));
    }

    private static List<DataPoint> bulk(String body) {
        return DataRequest.bulk(new StringReader(body));
    }

    private static void assertRefused(String body, String detailStart) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> bulk(body), body);
        assertEquals(true, refused.getMessage().startsWith(detailStart), () -> body + " -> " + refused.getMessage());
    }
}
