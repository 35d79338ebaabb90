package org.psarchive.archive.pscheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Iso8601Test {

    @ParameterizedTest
    @CsvSource({"PT30S, 30000000", "PT1M10S, 70000000", "P1DT1H, 90000000000", "P1W, 604800000000",
        "PT0.000333S, 333", "PT0.0000015S, 2", "'PT1,5S', 1500000", "-PT5S, -5000000", "P0Y0M, 0"})
    void readsDurationsAsWholeMicrosecondsLikeTimedelta(String duration, long micros) {
        assertEquals(micros, Iso8601.micros(duration));
    }

    @ParameterizedTest
    @CsvSource({"PT0.0032S, 0.0032", "PT26S, 26.0", "PT0.000421S, 0.000421"})
    void givesTotalSecondsAsPythonDoes(String duration, double seconds) {
        assertEquals(seconds, Iso8601.seconds(duration));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1Y", "P2M", "PT", "P", "30S", "PT-5S", ""})
    void refusesWhatPschedulerRefuses(String duration) {
        assertThrows(IllegalArgumentException.class, () -> Iso8601.micros(duration));
    }
}
