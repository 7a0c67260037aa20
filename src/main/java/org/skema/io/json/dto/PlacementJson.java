package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Where and when one section takes place; {@code end} is optional on reading and only disambiguates. */
@JsonbPropertyOrder({"id", "unplaced", "days", "start", "end", "weeks", "room"})
public record PlacementJson(String id, Boolean unplaced, String days, String start, String end, String weeks,
        String room) {
}
