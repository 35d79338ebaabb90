package org.psarchive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

class ApiKeysTest {

    @Test
    void generatesFortyLowercaseHexCharactersThatDiffer() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = ApiKeys.generate();
            assertTrue(ApiKeys.wellFormed(key), key);
            keys.add(key);
        }
        assertEquals(1000, keys.size());
    }

    @Test
    void hashesWithSha256() {
        // sha256("abc"), FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.hash("abc"));
        assertNotEquals(ApiKeys.hash("a".repeat(40)), ApiKeys.hash("b".repeat(40)));
    }

    @Test
    void refusesMalformedKeysWithoutALookup() {
        assertFalse(ApiKeys.wellFormed(null));
        assertFalse(ApiKeys.wellFormed("ABCDEF0123456789ABCDEF0123456789ABCDEF01"));
        assertFalse(ApiKeys.wellFormed("abc"));
    }

    @Test
    void permissionsHaveKebabCaseWireNames() {
        assertEquals("metadata-post", Permission.METADATA_POST.wireName());
        assertEquals(Permission.TIMESERIES_POST, Permission.parse("timeseries-post"));
        assertThrows(InvalidInputException.class, () -> Permission.parse("METADATA_POST"));
    }

    @Test
    void accountNamesAreValidatedAtTheEdge() {
        assertEquals("ps-host_1.example.org", new AccountName("ps-host_1.example.org").value());
        assertEquals("local-admin@vm", new AccountName("local-admin@vm").value());
        for (String bad : new String[] {"", " x", "a b", "-leading", "x".repeat(151), "semi;colon"}) {
            assertThrows(InvalidInputException.class, () -> new AccountName(bad), bad);
        }
    }
}
