package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A rule such as "NotOverlap" or "MaxBreaks(1,6)" over sections; required, or soft with a penalty. */
@JsonbPropertyOrder({"type", "sections", "required", "penalty"})
public record DistributionJson(String type, List<String> sections, Boolean required, Integer penalty) {
}
