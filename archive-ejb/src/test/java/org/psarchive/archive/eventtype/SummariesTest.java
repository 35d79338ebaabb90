package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psarchive.archive.eventtype.Jsons.json;
import static org.psarchive.archive.eventtype.SummaryType.AGGREGATION;
import static org.psarchive.archive.eventtype.SummaryType.AVERAGE;
import static org.psarchive.archive.eventtype.SummaryType.STATISTICS;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.platform.error.InvalidInputException;

class SummariesTest {

    private static Set<Summary> validate(String eventType, String summaries) {
        return Summaries.validate(EventTypes.require(eventType), json(summaries));
    }

    private static String rejection(String eventType, String summaries) {
        return assertThrows(InvalidInputException.class, () -> validate(eventType, summaries)).getMessage();
    }

    private static String summaries(String eventType, String... typeAndWindow) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < typeAndWindow.length; i += 2) {
            out.append(i == 0 ? "" : ",").append("{\"event-type\":\"").append(eventType)
                    .append("\",\"summary-type\":\"").append(typeAndWindow[i])
                    .append("\",\"summary-window\":").append(typeAndWindow[i + 1]).append('}');
        }
        return out.append(']').toString();
    }

    @Test
    void acceptsPschedulersDefaultSummaries() {
        assertEquals(Set.of(new Summary(AVERAGE, 86400)),
                validate("throughput", summaries("throughput", "average", "86400")));
        for (String et : List.of("packet-loss-rate", "packet-count-sent", "packet-count-lost",
                "packet-count-lost-bidir")) {
            assertEquals(Set.of(new Summary(AGGREGATION, 300), new Summary(AGGREGATION, 3600),
                    new Summary(AGGREGATION, 86400)),
                    validate(et, summaries(et, "aggregation", "300", "aggregation", "3600",
                            "aggregation", "86400")), et);
        }
        assertEquals(Set.of(new Summary(AGGREGATION, 3600), new Summary(AGGREGATION, 86400)),
                validate("packet-loss-rate-bidir", summaries("packet-loss-rate-bidir",
                        "aggregation", "3600", "aggregation", "86400")));
        assertEquals(Set.of(new Summary(AGGREGATION, 300), new Summary(STATISTICS, 300), new Summary(AGGREGATION, 3600),
                new Summary(STATISTICS, 0), new Summary(STATISTICS, 3600), new Summary(AGGREGATION, 86400),
                new Summary(STATISTICS, 86400)),
                validate("histogram-owdelay", summaries("histogram-owdelay", "aggregation", "300", "statistics", "300",
                        "aggregation", "3600", "statistics", "0", "statistics", "3600", "aggregation", "86400",
                        "statistics", "86400")));
        assertEquals(Set.of(new Summary(STATISTICS, 0), new Summary(AGGREGATION, 3600), new Summary(STATISTICS, 3600),
                new Summary(AGGREGATION, 86400), new Summary(STATISTICS, 86400)),
                validate("histogram-rtt", summaries("histogram-rtt", "statistics", "0", "aggregation", "3600",
                        "statistics", "3600", "aggregation", "86400", "statistics", "86400")));
    }

    @Test
    void acceptsAWindowPostedAsAString() {
        assertEquals(Set.of(new Summary(AVERAGE, 3600)), validate("ntp-offset", summaries("ntp-offset",
                "average", "\"3600\"")));
        assertEquals(Set.of(new Summary(AVERAGE, 300)), validate("ntp-offset", summaries("ntp-offset",
                "average", "\" 300 \"")));
    }

    @Test
    void acceptsAWholeWindowWrittenAsAFloat() {
        assertEquals(Set.of(new Summary(AGGREGATION, 300)), validate("throughput", summaries("throughput",
                "aggregation", "300.0")));
    }

    @Test
    void ignoresBaseEvenWithoutAWindow() {
        assertEquals(Set.of(), validate("failures", "[{\"summary-type\":\"base\"}]"));
        assertEquals(Set.of(new Summary(AVERAGE, 60)), validate("throughput",
                "[{\"summary-type\":\"base\",\"summary-window\":\"x\"},"
                        + "{\"summary-type\":\"average\",\"summary-window\":60}]"));
    }

    @Test
    void keepsEachSummaryOnceInPostedOrder() {
        Set<Summary> result = validate("throughput", summaries("throughput", "average", "60", "aggregation", "60",
                "average", "\"60\""));
        assertEquals(List.of(new Summary(AVERAGE, 60), new Summary(AGGREGATION, 60)), List.copyOf(result));
    }

    @Test
    void treatsMissingOrNullSummariesAsNone() {
        EventType throughput = EventTypes.require("throughput");
        assertEquals(Set.of(), Summaries.validate(throughput, null));
        assertEquals(Set.of(), Summaries.validate(throughput, JsonValue.NULL));
        assertEquals(Set.of(), Summaries.validate(throughput, json("[]")));
    }

    @ParameterizedTest
    @CsvSource({
        "throughput, statistics", "ntp-offset, statistics", "packet-loss-rate, average",
        "packet-loss-rate, statistics", "histogram-rtt, average", "failures, aggregation",
        "throughput-subintervals, average", "packet-trace, statistics"
    })
    void refusesASummaryTypeTheDataTypeDoesNotAllow(String eventType, String summaryType) {
        assertTrue(rejection(eventType, summaries(eventType, summaryType, "300"))
                .startsWith("Summary type " + summaryType + " not allowed for event-type " + eventType));
    }

    @Test
    void namesWhatTheDataTypeAllows() {
        assertEquals("Summary type average not allowed for event-type histogram-rtt"
                + " (data type histogram allows aggregation, statistics)",
                rejection("histogram-rtt", summaries("histogram-rtt", "average", "300")));
        assertEquals("Summary type aggregation not allowed for event-type failures"
                + " (data type json allows no summaries)",
                rejection("failures", summaries("failures", "aggregation", "300")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"averages", "Average", "mean", ""})
    void refusesAnUnknownSummaryType(String summaryType) {
        assertTrue(rejection("throughput", summaries("throughput", summaryType, "300"))
                .startsWith("Invalid summary type string \"" + summaryType + "\""));
    }

    @Test
    void keepsMinimumAndMaximumForTheCollectorsInterfaceRatesOnly() {
        assertEquals(Set.of(new Summary(SummaryType.MINIMUM, 3600), new Summary(SummaryType.MAXIMUM, 86400)),
                validate("interface-octets-in", summaries("interface-octets-in", "minimum", "3600", "maximum", "86400")));
        assertTrue(rejection("throughput", summaries("throughput", "minimum", "300"))
                .startsWith("Summary type minimum not allowed for event-type throughput"));
    }

    @Test
    void refusesASummaryTypeThatIsNotAString() {
        assertEquals("Invalid summary type number 5 (summary 1 of event type 'throughput');"
                + " expected one of base, aggregation, average, statistics",
                rejection("throughput", "[{\"summary-type\":5,\"summary-window\":300}]"));
    }

    @Test
    void refusesASummaryWithoutAType() {
        assertEquals("Summary must contain summary-type (summary 2 of event type 'throughput')",
                rejection("throughput",
                        "[{\"summary-type\":\"average\",\"summary-window\":60},{\"summary-window\":60}]"));
    }

    @Test
    void refusesASummaryWithoutAWindow() {
        assertEquals("Summary must contain summary-window (summary 1 of event type 'throughput')",
                rejection("throughput", "[{\"summary-type\":\"average\"}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1h\"", "\"300.0\"", "\"3e2\"", "300.5", "true", "null", "[300]", "{}"})
    void refusesAWindowThatIsNotAnInteger(String window) {
        assertTrue(rejection("throughput", summaries("throughput", "average", window))
                .startsWith("Summary window must be an integer number of seconds, got "), window);
    }

    @Test
    void explainsAnIntegerWindowRejection() {
        assertEquals("Summary window must be an integer number of seconds, got string \"1h\""
                + " (summary 1 of event type 'throughput')",
                rejection("throughput", summaries("throughput", "average", "\"1h\"")));
    }

    @Test
    void refusesANegativeWindow() {
        assertEquals("Summary window cannot be negative, got number -300 (summary 1 of event type 'throughput')",
                rejection("throughput", summaries("throughput", "average", "-300")));
        assertTrue(rejection("throughput", summaries("throughput", "average", "\"-60\""))
                .startsWith("Summary window cannot be negative"));
    }

    @Test
    void refusesAWindowBeyondSixtyFourBits() {
        assertTrue(rejection("throughput", summaries("throughput", "average", "9223372036854775808"))
                .startsWith("Summary window is too large"));
    }

    @Test
    void refusesSummariesThatAreNotAListOfObjects() {
        assertEquals("'summaries' of event type 'throughput' must be an array, got object"
                + " {\"summary-type\":\"average\",\"summary-window\":60}",
                rejection("throughput", "{\"summary-type\":\"average\",\"summary-window\":60}"));
        assertTrue(rejection("throughput", "[\"average\"]").startsWith("Each summary must be an object"));
    }
}
