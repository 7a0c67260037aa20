package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A time with a penalty: an allowed time of a section, or a teacher's undesired time. */
@JsonbPropertyOrder({"days", "start", "end", "length", "weeks", "penalty"})
public record TimeOptionJson(String days, String start, String end, Integer length, String weeks, Integer penalty) {
}
