package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"id", "name", "capacity", "building", "features", "unavailable"})
public record RoomJson(String id, String name, Integer capacity, String building, List<String> features,
        List<TimeJson> unavailable, Boolean withdrawn) {
}
