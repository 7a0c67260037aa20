package org.skema.io.json;

/**
 * A place in a JSON document. {@code key} (like {@code rooms[3].capacity}) looks up the line in
 * {@link JsonTree}; {@code display} is the same path with ids added for people, like
 * {@code rooms[3] (id "R12").capacity}, because an index alone is hard to find in a big file.
 */
record JsonPath(String key, String display) {
    static final JsonPath ROOT = new JsonPath("", "");

    JsonPath field(String name) {
        return new JsonPath(fieldKey(key, name), display.isEmpty() ? name : display + "." + name);
    }

    JsonPath index(int i) {
        return new JsonPath(indexKey(key, i), display + "[" + i + "]");
    }

    /** The element at {@code i}, shown with its id when it has one. */
    JsonPath index(int i, String id) {
        JsonPath element = index(i);
        return id == null || id.isBlank() ? element : new JsonPath(element.key, element.display + " (id \"" + id + "\")");
    }

    static String fieldKey(String parentKey, String name) {
        return parentKey.isEmpty() ? name : parentKey + "." + name;
    }

    static String indexKey(String parentKey, int i) {
        return parentKey + "[" + i + "]";
    }

    /** The key of the enclosing value, or null at the root. */
    static String parentKey(String key) {
        if (key.isEmpty()) {
            return null;
        }
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
        return cut < 0 ? "" : key.substring(0, cut);
    }
}
