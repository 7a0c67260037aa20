package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"room", "penalty"})
public record RoomOptionJson(String room, Integer penalty) {
}
