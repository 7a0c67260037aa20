package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"id", "sections"})
public record EnrolmentJson(String id, List<String> sections) {
}
