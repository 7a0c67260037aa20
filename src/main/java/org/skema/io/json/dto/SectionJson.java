package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A section: exactly one of {@code timeSet} and {@code times}; {@code rooms} absent means every fitting room. */
@JsonbPropertyOrder({"id", "name", "limit", "parent", "teachers", "needsRoom", "requiredFeatures", "timeSet", "times",
        "rooms"})
public record SectionJson(String id, String name, Integer limit, String parent, List<String> teachers, Boolean needsRoom,
        List<String> requiredFeatures, String timeSet, List<TimeOptionJson> times, List<RoomOptionJson> rooms) {
}
