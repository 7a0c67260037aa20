package org.skema.io.json;

import java.util.HashMap;
import java.util.Map;

/** Remembers where each id of one kind was first used, so that a duplicate can point back to it. */
final class IdRegistry {
    private final String kind;
    private final JsonErrors errors;
    private final Map<String, JsonPath> seen = new HashMap<>();

    IdRegistry(String kind, JsonErrors errors) {
        this.kind = kind;
        this.errors = errors;
    }

    /** @param at the element that carries the id */
    void claim(String id, JsonPath at) {
        JsonPath first = seen.putIfAbsent(id, at);
        if (first != null) {
            throw errors.error(at.field("id"), "duplicate " + kind + " id \"" + id + "\" (first used at line "
                    + errors.line(first) + ")");
        }
    }
}
