package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A time without a penalty (unavailability): {@code end} or {@code length} (minutes), weeks default to all. */
@JsonbPropertyOrder({"days", "start", "end", "length", "weeks"})
public record TimeJson(String days, String start, String end, Integer length, String weeks) {
}
