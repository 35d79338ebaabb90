package org.psarchive.snmp.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The value of a variable binding, as our own types: the SMI types a poller reads, and the three
 * exceptions of SNMPv2 (noSuchObject, noSuchInstance, endOfMibView) as values of their own, because an
 * agent answers them in place of a value rather than as an error.
 */
public sealed interface SnmpValue {

    /** A Counter32: an unsigned 32-bit counter that wraps to 0 after 2^32 - 1. */
    record Counter32(long value) implements SnmpValue {
        public Counter32 {
            checkUnsigned32(value);
        }
    }

    /** A Counter64: an unsigned 64-bit counter, held in a long as unsigned (read it with Long.toUnsignedString). */
    record Counter64(long value) implements SnmpValue {
        @Override
        public String toString() {
            return "Counter64[" + Long.toUnsignedString(value) + "]";
        }
    }

    /** A Gauge32 (also Unsigned32): ifSpeed, ifHighSpeed. */
    record Gauge32(long value) implements SnmpValue {
        public Gauge32 {
            checkUnsigned32(value);
        }
    }

    /** TimeTicks: hundredths of a second, such as sysUpTime; 32 bits, so it wraps after 497 days. */
    record TimeTicks(long hundredths) implements SnmpValue {
        public TimeTicks {
            checkUnsigned32(hundredths);
        }
    }

    record Integer32(int value) implements SnmpValue {
    }

    record OctetString(byte[] bytes) implements SnmpValue {
        public OctetString {
            bytes = bytes.clone();
        }

        public static OctetString of(String text) {
            return new OctetString(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The bytes as text: interface names and descriptions are ASCII in practice, UTF-8 at most. */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OctetString other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "OctetString[" + text() + "]";
        }
    }

    record ObjectIdentifier(Oid oid) implements SnmpValue {
    }

    /** An IpAddress, as its dotted text. */
    record IpAddress(String address) implements SnmpValue {
    }

    /** Any other type (Opaque, a NULL where a value belongs), kept as the agent's text for diagnosis. */
    record Other(String syntax, String text) implements SnmpValue {
    }

    /** The agent does not implement this object. */
    enum Absent implements SnmpValue {
        NO_SUCH_OBJECT,
        NO_SUCH_INSTANCE,
        END_OF_MIB_VIEW
    }

    /** True for a real value, false for noSuchObject, noSuchInstance and endOfMibView. */
    default boolean isPresent() {
        return !(this instanceof Absent);
    }

    private static void checkUnsigned32(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Not an unsigned 32-bit value: " + value);
        }
    }
}
