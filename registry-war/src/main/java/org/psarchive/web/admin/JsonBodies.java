package org.psarchive.web.admin;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.psarchive.account.Cidr;
import org.psarchive.account.Permission;
import org.psarchive.platform.error.InvalidInputException;

/** Reads members of admin request bodies, turning every malformed value into a clear 400. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject orEmpty(JsonObject body) {
        return body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    }

    static String requiredString(JsonObject body, String member) {
        JsonValue value = orEmpty(body).get(member);
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException("'" + member + "' is required and must be a string.");
        }
        return text.getString();
    }

    static boolean booleanOr(JsonObject body, String member, boolean fallback) {
        JsonValue value = orEmpty(body).get(member);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidInputException("'" + member + "' must be true or false.");
    }

    static List<String> strings(JsonObject body, String member) {
        JsonValue value = orEmpty(body).get(member);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("'" + member + "' must be an array of strings.");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new InvalidInputException("'" + member + "' must be an array of strings.");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    static Set<Permission> permissions(JsonObject body) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        strings(body, "permissions").forEach(name -> permissions.add(Permission.parse(name)));
        return permissions;
    }

    static List<Cidr> cidrs(List<String> texts) {
        if (texts.isEmpty()) {
            throw new InvalidInputException("Give at least one CIDR.");
        }
        return texts.stream().map(Cidr::parse).toList();
    }
}
