package org.psarchive.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.json.Jsonp;

class RecordContentTest {

    @Test
    void turnsScalarsIntoListsAndIgnoresTheServersKeys() {
        RecordContent content = RecordContent.fromJson(json("{\"type\":\"host\",\"host-name\":\"ps.example.org\","
                + "\"group-communities\":[\"WLCG\",\"ATLAS\"],\"uri\":\"lookup/host/x\",\"expires\":\"x\",\"state\":\"x\","
                + "\"ttl\":[\"PT1H\"],\"client-uuid\":\"c1\",\"host-vm\":[]}"));

        assertEquals("host", content.type());
        assertEquals(List.of("ps.example.org"), content.data().get("host-name"));
        assertEquals(List.of("WLCG", "ATLAS"), content.data().get("group-communities"));
        assertEquals(List.of(), content.data().get("host-vm"));
        assertEquals(Optional.of("PT1H"), content.ttl());
        assertEquals(Optional.of("c1"), content.clientUuid());
        assertTrue(!content.data().containsKey("uri") && !content.data().containsKey("ttl"));
    }

    @Test
    void capsTheCharactersOfAWholeRecordNotOnlyEachValue() {
        String value = "v".repeat(RecordContent.MAX_VALUE_LENGTH);
        StringBuilder body = new StringBuilder("{\"type\":\"host\"");
        for (int key = 0; key < 3; key++) {
            body.append(",\"k").append(key).append("\":\"").append(value).append('"');
        }
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> RecordContent.fromJson(json(body + "}")));
        assertTrue(refused.detail().contains("131072 characters"), refused.detail());

        String shorter = value.substring(1_000);
        String fits = "{\"type\":\"host\",\"k\":\"" + shorter + "\",\"l\":\"" + shorter + "\"}";
        assertEquals(List.of(shorter), RecordContent.fromJson(json(fits)).data().get("l"), "two shorter values fit");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"host\",\"n\":true}", "{\"type\":\"host\",\"n\":null}", "{\"type\":\"host\",\"n\":[\"a\",false]}",
        "{\"type\":\"host\",\"n\":{\"a\":\"b\"}}", "{\"type\":\"host\",\"n\":[[\"a\"]]}",
        "{\"host-name\":\"x\"}", "{\"type\":\"\"}", "{\"type\":[]}", "{\"type\":[\"host\",\"service\"]}",
        "{\"type\":\"records\"}", "{\"type\":\"a/b\"}", "{\"type\":\"host\",\"\":\"x\"}",
        "{\"type\":\"host\",\"ttl\":[\"PT1H\",\"PT2H\"]}", "{\"type\":\"host\",\"my-operator\":\"any\"}"})
    void refusesWhatItCannotStoreFaithfully(String body) {
        assertThrows(InvalidInputException.class, () -> RecordContent.fromJson(json(body)));
    }

    @Test
    void namesTheKeyAndTheProblemInTheDetail() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> RecordContent.fromJson(json("{\"type\":\"host\",\"host-hardware\":{\"memory\":16}}")));
        assertEquals("The value of 'host-hardware' holds an object; lookup record values are strings or numbers, or lists"
                + " of them.", refused.detail());
    }

    @Test
    void keepsNumbersAsTheirDecimalTextAsSlsDid() {
        // what perfSONAR's Perl sLS client sends through JSON::PP (no JSON::XS installed)
        RecordContent content = RecordContent.fromJson(json("{\"type\":\"host\",\"location-latitude\":[46.23],"
                + "\"location-longitude\":6.05,\"host-hardware-memory\":16,\"x-exponent\":1e2,\"x-negative\":[-0.5,\"a\"]}"));

        assertEquals(List.of("46.23"), content.data().get("location-latitude"));
        assertEquals(List.of("6.05"), content.data().get("location-longitude"));
        assertEquals(List.of("16"), content.data().get("host-hardware-memory"));
        assertEquals(List.of("100"), content.data().get("x-exponent"));
        assertEquals(List.of("-0.5", "a"), content.data().get("x-negative"));
        InvalidInputException huge = assertThrows(InvalidInputException.class,
                () -> RecordContent.fromJson(json("{\"type\":\"host\",\"x\":1e999999999}")));
        assertTrue(huge.detail().contains("send it as a string"), huge.detail());
    }

    private static JsonObject json(String text) {
        try (var reader = Jsonp.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
