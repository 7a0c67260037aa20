package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A lock: the section keeps the time given ({@code days}, {@code start}, ...), the room given, or both. */
@JsonbPropertyOrder({"section", "days", "start", "end", "weeks", "room"})
public record LockJson(String section, String days, String start, String end, String weeks, String room) {
}
