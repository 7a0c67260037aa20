package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"id", "name", "configs"})
public record CourseJson(String id, String name, List<ConfigJson> configs) {
}
