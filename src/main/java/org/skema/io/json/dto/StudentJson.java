package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A student's requested courses and, optionally, fixed sections. */
@JsonbPropertyOrder({"id", "group", "courses", "sections"})
public record StudentJson(String id, String group, List<String> courses, List<String> sections) {
}
