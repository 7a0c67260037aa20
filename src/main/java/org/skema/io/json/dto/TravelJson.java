package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Travel time between two rooms or buildings (each end is a room id or a building name). */
@JsonbPropertyOrder({"from", "to", "minutes"})
public record TravelJson(String from, String to, Integer minutes) {
}
