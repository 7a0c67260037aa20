package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"weeks", "days", "slotsPerDay"})
public record CalendarJson(Integer weeks, Integer days, Integer slotsPerDay) {
}
