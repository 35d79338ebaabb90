package org.psarchive.snmp.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

class AtEncodingTest {

    @Test
    void encodesSlashAsAt2F() {
        assertEquals("xe-0@2F0@2F0", AtEncoding.encode("xe-0/0/0"));
    }

    @Test
    void decodesAt2FBackToASlash() {
        assertEquals("xe-0/0/0", AtEncoding.decode("xe-0@2F0@2F0"));
    }

    @Test
    void decodesAnyAtXxIncludingLowerCaseAndMultiByteUtf8() {
        assertEquals("ge 1:2.3", AtEncoding.decode("ge@201@3A2@2e3"));
        assertEquals("é", AtEncoding.decode("@C3@A9"));
    }

    @Test
    void roundTripsNamesWithSlashesAndAts() {
        for (String name : new String[] {"lo", "xe-0/0/0.32767", "a@b/c", "@2F", "eth0", ""}) {
            assertEquals(name, AtEncoding.decode(AtEncoding.encode(name)), name);
        }
    }

    @Test
    void leavesNamesWithoutAtAsTheyAre() {
        assertEquals("Ethernet1.100", AtEncoding.decode("Ethernet1.100"));
    }

    @Test
    void rejectsALoneOrMalformedAt() {
        assertThrows(InvalidInputException.class, () -> AtEncoding.decode("xe@"));
        assertThrows(InvalidInputException.class, () -> AtEncoding.decode("xe@2"));
        assertThrows(InvalidInputException.class, () -> AtEncoding.decode("xe@zz0"));
    }
}
