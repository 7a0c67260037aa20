package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** The whole solution file; {@code info} is free-form metadata from the solver. */
@JsonbPropertyOrder({"format", "version", "problem", "sections", "students", "info"})
public record SolutionJson(String format, Integer version, String problem, List<PlacementJson> sections,
        List<EnrolmentJson> students, Map<String, Object> info) {
}
