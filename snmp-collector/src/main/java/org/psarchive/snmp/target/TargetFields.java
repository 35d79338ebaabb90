package org.psarchive.snmp.target;

import java.util.List;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.PrivProtocol;

/**
 * The rules on a target's single fields, each failure a 400 naming the field: port, interval, globs,
 * secrets and the protocols' names as administrators write them ({@code SHA-256}, {@code AES-256}).
 */
public final class TargetFields {

    public static final int DEFAULT_PORT = 161;
    public static final int DEFAULT_INTERVAL_SECONDS = 30;
    public static final int MIN_INTERVAL_SECONDS = 5;
    public static final int MAX_INTERVAL_SECONDS = 86_400;
    static final int MAX_GLOBS = 64;
    static final int MAX_GLOB_LENGTH = 128;
    static final int MAX_COMMUNITY_LENGTH = 255;
    static final int MIN_PASS_PHRASE = 8;
    static final int MAX_PASS_PHRASE = 255;
    static final int MAX_USER_LENGTH = 32;

    private TargetFields() {
    }

    public static int port(int port) {
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("Invalid 'port' " + port + ": a UDP port is 1 to 65535.");
        }
        return port;
    }

    public static int intervalSeconds(int seconds) {
        if (seconds < MIN_INTERVAL_SECONDS || seconds > MAX_INTERVAL_SECONDS) {
            throw new InvalidInputException("Invalid 'interval' " + seconds + ": the poll interval is "
                    + MIN_INTERVAL_SECONDS + " to " + MAX_INTERVAL_SECONDS + " seconds.");
        }
        return seconds;
    }

    public static List<String> globs(String field, List<String> globs) {
        if (globs.size() > MAX_GLOBS) {
            throw new InvalidInputException("Too many '" + field + "' globs: at most " + MAX_GLOBS + ".");
        }
        for (String glob : globs) {
            if (glob == null || glob.isEmpty() || glob.length() > MAX_GLOB_LENGTH || hasControl(glob)) {
                throw new InvalidInputException("Invalid '" + field + "' glob '" + printable(glob) + "': 1 to "
                        + MAX_GLOB_LENGTH + " printable characters, * for any run and ? for one.");
            }
        }
        return List.copyOf(globs);
    }

    /** A secret's rules; the message never repeats the secret. */
    static String secret(SecretField field, String value) {
        boolean community = field == SecretField.COMMUNITY;
        int min = community ? 1 : MIN_PASS_PHRASE;
        int max = community ? MAX_COMMUNITY_LENGTH : MAX_PASS_PHRASE;
        if (value.length() < min || value.length() > max || hasControl(value)) {
            throw new InvalidInputException("Invalid '" + field.wireName() + "': " + min + " to " + max
                    + " printable characters" + (community ? "." : " (RFC 3414: pass phrases have at least 8)."));
        }
        return value;
    }

    static String user(String user) {
        if (user.isEmpty() || user.length() > MAX_USER_LENGTH || hasControl(user)) {
            throw new InvalidInputException("Invalid 'user' '" + printable(user) + "': 1 to " + MAX_USER_LENGTH
                    + " printable characters.");
        }
        return user;
    }

    public static AuthProtocol authProtocol(String text) {
        return switch (text.toUpperCase(java.util.Locale.ROOT)) {
            case "SHA", "SHA1", "SHA-1" -> AuthProtocol.SHA;
            case "SHA-256", "SHA256" -> AuthProtocol.SHA_256;
            case "SHA-512", "SHA512" -> AuthProtocol.SHA_512;
            default -> throw new InvalidInputException("Invalid 'auth-protocol' '" + printable(text)
                    + "': use SHA, SHA-256 or SHA-512.");
        };
    }

    public static PrivProtocol privProtocol(String text) {
        return switch (text.toUpperCase(java.util.Locale.ROOT)) {
            case "AES", "AES-128", "AES128" -> PrivProtocol.AES_128;
            case "AES-256", "AES256" -> PrivProtocol.AES_256;
            default -> throw new InvalidInputException("Invalid 'priv-protocol' '" + printable(text)
                    + "': use AES (AES-128) or AES-256.");
        };
    }

    public static String wireName(AuthProtocol protocol) {
        return switch (protocol) {
            case SHA -> "SHA";
            case SHA_256 -> "SHA-256";
            case SHA_512 -> "SHA-512";
        };
    }

    public static String wireName(PrivProtocol protocol) {
        return switch (protocol) {
            case AES_128 -> "AES";
            case AES_256 -> "AES-256";
        };
    }

    /** A value fit to quote in a message: control characters replaced, cut at 80 characters. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
