package org.psarchive.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lookup service's lease rules on MariaDB and H2, with time set by the test instead of waited for:
 * an expired record is hidden at once, renewable within the grace period, refused after it.
 */
class LookupServiceIT extends LookupDataAccessTest {

    private static final LookupSettings SETTINGS = new LookupSettings(Duration.ofSeconds(30), Duration.ofHours(2),
            Duration.ofDays(30), Duration.ofHours(1), 10_000, false, true);


    @ParameterizedTest
    @MethodSource("kinds")
    void hidesARecordTheMomentItsLeaseEnds(String kind) {
        SetClock clock = new SetClock(Instant.parse("2026-06-01T12:00:00Z"));
        LookupService lookup = new LookupService(databases.get(kind), SETTINGS, clock);
        String tag = tag();
        LookupRecord record = lookup.register(host(tag, "PT30S"), Registrant.NONE);

        clock.advance(Duration.ofSeconds(29));
        assertTrue(lookup.find("host", record.uuid()).isPresent());
        assertEquals(1, query(lookup, tag).size());
        assertThrows(DuplicateRecordException.class, () -> lookup.register(host(tag, "PT30S"), Registrant.NONE), "still live");

        clock.advance(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), lookup.find("host", record.uuid()));
        assertEquals(0, query(lookup, tag).size(), "an expired record is not returned by a query");
        LookupRecord again = lookup.register(host(tag, "PT30S"), Registrant.NONE);
        assertTrue(!again.uuid().equals(record.uuid()), "an expired record is no duplicate: a new one is registered");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void renewsAnExpiredRecordWithinTheGracePeriodAndRefusesItAfter(String kind) {
        SetClock clock = new SetClock(Instant.parse("2026-06-01T12:00:00Z"));
        LookupService lookup = new LookupService(databases.get(kind), SETTINGS, clock);
        String tag = tag();
        LookupRecord late = lookup.register(host(tag, "PT30S"), Registrant.NONE);
        LookupRecord later = lookup.register(host(tag + "-b", "PT30S"), Registrant.NONE);

        clock.advance(Duration.ofMinutes(59)); // expired 58.5 minutes ago: within the hour of grace
        LookupRecord renewed = lookup.renew("host", late.uuid(), Optional.of("PT10M"), Registrant.NONE);
        assertEquals(LookupRecord.RENEWED, renewed.state());
        assertEquals(clock.instant().plus(Duration.ofMinutes(10)), renewed.expires());
        assertTrue(lookup.find("host", late.uuid()).isPresent());

        clock.advance(Duration.ofMinutes(2)); // the other one expired 60.5 minutes ago
        LeaseRefusedException refused = assertThrows(LeaseRefusedException.class,
                () -> lookup.renew("host", later.uuid(), Optional.empty(), Registrant.NONE));
        assertTrue(refused.getMessage().contains("beyond the PT1H grace period"), refused.getMessage());

        BulkRenewal bulk = lookup.renewAll(List.of(late.uri(), later.uri()), Optional.empty(), Registrant.NONE);
        assertEquals(1, bulk.renewed());
        assertEquals(List.of(later.uri()), bulk.failedUris());
        assertEquals(List.of(BulkRenewal.LEASE_REFUSED), bulk.errorCodes());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void onlyTheRegisteringClientOrAnAdministratorDeletesARecord(String kind) {
        LookupService lookup = new LookupService(databases.get(kind), SETTINGS, Clock.systemUTC());
        String tag = tag();
        Registrant host = address("2001:db8::10", null);
        Registrant stranger = address("192.0.2.66", null);
        LookupRecord byAddress = lookup.register(host(tag, "PT1H"), host);
        LookupRecord byAccount = lookup.register(host(tag + "-b", "PT1H"), address("192.0.2.10", "ps-host-1"));
        LookupRecord other = lookup.register(host(tag + "-c", "PT1H"), host);

        assertThrows(org.psarchive.platform.error.PermissionDeniedException.class,
                () -> lookup.delete("host", byAddress.uuid(), stranger, false), "the client-uuid it read proves nothing");
        assertEquals(LookupRecord.DELETED, lookup.delete("host", byAddress.uuid(), address("2001:0db8:0:0:0:0:0:10", null),
                false).state(), "the registering address, in any spelling");
        assertEquals(LookupRecord.DELETED, lookup.delete("host", byAccount.uuid(), address("192.0.2.99", "ps-host-1"),
                false).state(), "the registering account from another address");
        assertEquals(LookupRecord.DELETED, lookup.delete("host", other.uuid(), stranger, true).state(), "an administrator");
        assertEquals(Optional.empty(), lookup.find("host", byAddress.uuid()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRecordWithoutARegistrantTakesItsFirstRenewersAddress(String kind) {
        LookupService lookup = new LookupService(databases.get(kind), SETTINGS, Clock.systemUTC());
        LookupRecord legacy = lookup.register(host(tag(), "PT1H"), Registrant.NONE); // as before V13
        Registrant daemon = address("198.51.100.7", null);

        assertThrows(org.psarchive.platform.error.PermissionDeniedException.class,
                () -> lookup.delete("host", legacy.uuid(), daemon, false));
        lookup.renew("host", legacy.uuid(), Optional.empty(), daemon);
        lookup.renew("host", legacy.uuid(), Optional.empty(), address("192.0.2.66", null));

        assertThrows(org.psarchive.platform.error.PermissionDeniedException.class,
                () -> lookup.delete("host", legacy.uuid(), address("192.0.2.66", null), false), "only the first renewer");
        assertEquals(LookupRecord.DELETED, lookup.delete("host", legacy.uuid(), daemon, false).state());
    }

    private static Registrant address(String literal, String account) {
        try {
            return Registrant.of(java.net.InetAddress.getByName(literal), account);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<LookupRecord> query(LookupService lookup, String tag) {
        return lookup.query(LookupQuery.parse(Map.of("host-name", List.of("h." + tag)), 100)).records();
    }

    private static RecordContent host(String tag, String ttl) {
        return new RecordContent("host", Map.of("host-name", List.of("h." + tag), "client-uuid", List.of(tag)),
                Optional.of(ttl));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A clock the test sets. */
    private static final class SetClock extends Clock {
        private Instant now;

        SetClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
