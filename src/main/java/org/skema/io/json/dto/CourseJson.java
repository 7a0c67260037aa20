package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"id", "name", "minDays", "configs"})
public record CourseJson(String id, String name, Integer minDays, List<ConfigJson> configs) {
}
