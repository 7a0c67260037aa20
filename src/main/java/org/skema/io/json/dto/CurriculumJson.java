package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Sections attended together, such as a class group's or an ITC 2007 curriculum's. */
@JsonbPropertyOrder({"id", "sections"})
public record CurriculumJson(String id, List<String> sections) {
}
