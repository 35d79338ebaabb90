package org.psarchive.platform.net;

import java.util.regex.Pattern;

/** Dotted-quad IPv4 literals: four decimal numbers 0 to 255, parsed by hand, never a DNS lookup. */
public final class Ipv4Literal {

    /** How a number with leading zeros ({@code 010}) reads. */
    public enum LeadingZeros {
        /** Refused: some resolvers read {@code 010} as octal 8 (GOCDB's rule, the registry's). */
        REFUSED(Pattern.compile("0|[1-9][0-9]{0,2}")),
        /** Read as decimal, as Java's {@code InetAddress} reads them (IP ranges, esmond's inet values). */
        DECIMAL(Pattern.compile("[0-9]{1,3}"));

        private final Pattern number;

        LeadingZeros(Pattern number) {
            this.number = number;
        }
    }

    /** What is wrong with a text that is no IPv4 literal; callers word their own 400. */
    public enum Problem {
        /** Not four dot-separated parts. */
        NOT_FOUR_PARTS,
        /** A part is not a number 0 to 255 (or has leading zeros where they are refused). */
        BAD_NUMBER
    }

    /** Thrown for a text that is no IPv4 literal; without a stack trace, as callers turn it into their own 400. */
    public static final class MalformedException extends RuntimeException {

        private final Problem problem;

        MalformedException(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private Ipv4Literal() {
    }

    /** The four bytes of {@code text}. */
    public static byte[] parse(String text, LeadingZeros leadingZeros) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new MalformedException(Problem.NOT_FOUR_PARTS);
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!leadingZeros.number.matcher(parts[i]).matches() || Integer.parseInt(parts[i]) > 255) {
                throw new MalformedException(Problem.BAD_NUMBER);
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    /** The dotted-quad text of four bytes. */
    public static String text(byte[] address) {
        return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff);
    }
}
