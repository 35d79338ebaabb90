package org.psarchive.web.limits;

import java.util.Locale;

/** A size setting such as {@code 16m}, {@code 256k} or {@code 1048576} (bytes; k, m and g are powers of 1024). */
final class ByteSize {

    private ByteSize() {
    }

    static long parse(String setting, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (value.endsWith("b")) {
            value = value.substring(0, value.length() - 1);
        }
        if (!value.isEmpty()) {
            switch (value.charAt(value.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> unit = 1;
            }
            if (unit > 1) {
                value = value.substring(0, value.length() - 1);
            }
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number <= 0 || number > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return number * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + " must be a positive size such as 256k, 16m or 1048576 (got '"
                    + text + "')");
        }
    }

    /** 16 MiB, 256 KiB, 1000 bytes: for messages. */
    static String describe(long bytes) {
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
