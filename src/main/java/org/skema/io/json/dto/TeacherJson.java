package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"id", "name", "kind", "unavailable", "undesired"})
public record TeacherJson(String id, String name, String kind, List<TimeJson> unavailable,
        List<TimeOptionJson> undesired, Boolean withdrawn) {
}
