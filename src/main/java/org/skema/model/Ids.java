package org.skema.model;

final class Ids {
    private Ids() {
    }

    static String require(String id) {
        if (id == null || id.isBlank()) {
            throw new ModelException("id must not be empty");
        }
        return id;
    }
}
