package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Locale;
import org.skillgraph.api.http.BodyCheck;

/**
 * The key an actor is mapped by, from its one inverse functional identifier: {@code mailto:…} as sent,
 * {@code sha1:<hex>}, the OpenID URI, or {@code homePage|name} for an account.
 */
final class Actors {

    private Actors() {}

    /** The key, or null after reporting what is wrong at {@code pointer}. */
    static String key(JsonNode actor, String pointer, BodyCheck errors) {
        if (actor == null || !actor.isObject()) {
            errors.fail(pointer, "is required: an Agent or identified Group");
            return null;
        }
        var found = new ArrayList<String>();
        for (var ifi : new String[] {"mbox", "mbox_sha1sum", "openid", "account"}) {
            if (actor.has(ifi)) {
                found.add(ifi);
            }
        }
        if (found.size() != 1) {
            errors.fail(pointer, "needs exactly one of mbox, mbox_sha1sum, openid, account; has " + found);
            return null;
        }
        var ifi = found.get(0);
        var value = actor.get(ifi);
        return switch (ifi) {
            case "mbox" -> text(value, pointer + "/mbox", "mailto:", errors);
            case "mbox_sha1sum" -> sha1(value, pointer + "/mbox_sha1sum", errors);
            case "openid" -> Iris.absolute(value, pointer + "/openid", errors);
            default -> account(value, pointer + "/account", errors);
        };
    }

    private static String text(JsonNode value, String pointer, String prefix, BodyCheck errors) {
        if (value == null
                || !value.isTextual()
                || !value.asText().startsWith(prefix)
                || value.asText().length() <= prefix.length()) {
            errors.fail(pointer, "must be a " + prefix + " IRI");
            return null;
        }
        return value.asText();
    }

    private static String sha1(JsonNode value, String pointer, BodyCheck errors) {
        if (value == null || !value.isTextual() || !value.asText().matches("[0-9a-fA-F]{40}")) {
            errors.fail(pointer, "must be 40 hexadecimal digits");
            return null;
        }
        return "sha1:" + value.asText().toLowerCase(Locale.ROOT);
    }

    private static String account(JsonNode value, String pointer, BodyCheck errors) {
        if (value == null || !value.isObject()) {
            errors.fail(pointer, "must be an object with homePage and name");
            return null;
        }
        var home = Iris.absolute(value.get("homePage"), pointer + "/homePage", errors);
        var name = value.get("name");
        if (name == null || !name.isTextual() || name.asText().isEmpty()) {
            errors.fail(pointer + "/name", "is required");
            return null;
        }
        return home == null ? null : home + "|" + name.asText();
    }
}
