package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"id", "subparts"})
public record ConfigJson(String id, List<SubpartJson> subparts) {
}
