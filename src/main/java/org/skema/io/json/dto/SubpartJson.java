package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"id", "name", "sections"})
public record SubpartJson(String id, String name, List<SectionJson> sections) {
}
