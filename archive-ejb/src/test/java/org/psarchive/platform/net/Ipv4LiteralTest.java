package org.psarchive.platform.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.platform.net.Ipv4Literal.LeadingZeros;
import org.psarchive.platform.net.Ipv4Literal.Problem;

class Ipv4LiteralTest {

    @Test
    void readsFourDecimalNumbers() {
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, (byte) 255},
                Ipv4Literal.parse("192.0.2.255", LeadingZeros.REFUSED));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, Ipv4Literal.parse("0.0.0.0", LeadingZeros.REFUSED));
    }

    @Test
    void readsLeadingZerosAsDecimalOnlyWhenAllowed() {
        assertArrayEquals(new byte[] {10, 0, 0, 8}, Ipv4Literal.parse("010.0.0.08", LeadingZeros.DECIMAL));
        assertEquals(Problem.BAD_NUMBER, problem("010.0.0.8", LeadingZeros.REFUSED));
    }

    @ParameterizedTest
    @CsvSource({"1.2.3, NOT_FOUR_PARTS", "1.2.3.4.5, NOT_FOUR_PARTS", "1.2.3., BAD_NUMBER", "256.1.1.1, BAD_NUMBER",
            "1.2.3.1000, BAD_NUMBER", "1.2.3.-1, BAD_NUMBER", "1.2.3.a, BAD_NUMBER", "1.2.3.+4, BAD_NUMBER"})
    void namesWhatIsWrong(String text, Problem expected) {
        assertEquals(expected, problem(text, LeadingZeros.DECIMAL));
        assertEquals(expected, problem(text, LeadingZeros.REFUSED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "::1", " 1.2.3.4"})
    void refusesWhatIsNoDottedQuad(String text) {
        assertThrows(Ipv4Literal.MalformedException.class, () -> Ipv4Literal.parse(text, LeadingZeros.DECIMAL));
    }

    @Test
    void writesDottedQuads() {
        assertEquals("192.0.2.255", Ipv4Literal.text(new byte[] {(byte) 192, 0, 2, (byte) 255}));
    }

    private static Problem problem(String text, LeadingZeros leadingZeros) {
        return assertThrows(Ipv4Literal.MalformedException.class, () -> Ipv4Literal.parse(text, leadingZeros)).problem();
    }
}
