package org.skema.generate;

/** An allowed room of a section with the penalty of using it. */
record RoomChoice(RoomSpec room, int penalty) {
}
