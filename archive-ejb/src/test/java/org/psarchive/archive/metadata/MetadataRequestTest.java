package org.psarchive.archive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

class MetadataRequestTest {

    private static final String BODY = """
            {"subject-type":"point-to-point","source":"10.0.0.1","destination":"10.0.0.2",
             "measurement-agent":"10.0.0.1","tool-name":"pscheduler/powstream",
             "input-source":"a.example.org","input-destination":"b.example.org","time-duration":60,
             "event-types":[{"event-type":"packet-count-sent",
               "summaries":[{"summary-type":"aggregation","summary-window":300}]}]}""";

    @Test
    void readsABodyAsItsMetadataAndTheSameTextAgainFromMemory() {
        NewMetadata first = MetadataRequest.parse(BODY);
        NewMetadata again = MetadataRequest.parse(new String(BODY.toCharArray()));

        assertSame(first, again);
        assertEquals("60", first.parameters().get("time-duration"));
        assertEquals("10.0.0.2", first.subject().get("destination"));
        assertEquals(2, first.series().size());
        assertThrows(UnsupportedOperationException.class, () -> first.parameters().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> first.series().clear());
    }

    @Test
    void aBodyWithOtherTextIsReadAnew() {
        NewMetadata first = MetadataRequest.parse(BODY);
        NewMetadata changed = MetadataRequest.parse(BODY.replace("\"time-duration\":60", "\"time-duration\":30"));

        assertEquals("30", changed.parameters().get("time-duration"));
        assertTrue(!first.checksum().equals(changed.checksum()));
    }

    @Test
    void refusesBodiesThatAreNoMetadataEveryTime() {
        String unknownType = BODY.replace("packet-count-sent", "no-such-type");
        for (int i = 0; i < 2; i++) {
            assertTrue(assertThrows(InvalidInputException.class, () -> MetadataRequest.parse(unknownType)).getMessage()
                    .contains("no-such-type"));
        }
        assertTrue(assertThrows(InvalidInputException.class, () -> MetadataRequest.parse("{\"subject-type\":"))
                .getMessage().startsWith("The request body is not valid JSON"));
        for (String notAnObject : new String[] {"[]", "null", "", " "}) {
            assertEquals("A JSON object describing the metadata is required.",
                    assertThrows(InvalidInputException.class, () -> MetadataRequest.parse(notAnObject)).getMessage());
        }
    }
}
