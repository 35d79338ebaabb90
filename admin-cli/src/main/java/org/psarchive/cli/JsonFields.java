package org.psarchive.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads top-level string members of the server's flat JSON answers; keeps the CLI free of a JSON library. */
final class JsonFields {

    private JsonFields() {
    }

    static String string(String json, String member) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(member) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return matcher.find() ? unescape(matcher.group(1)) : "";
    }

    private static String unescape(String value) {
        return value.replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
    }
}
