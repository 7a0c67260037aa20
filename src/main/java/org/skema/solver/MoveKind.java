package org.skema.solver;

/** The moves a search plan can weigh; {@link StageConfigs} turns each into Timefold's selector. */
public enum MoveKind {
    /** Timefold's change move on a section's time. */
    TIME_CHANGE,
    /** Timefold's change move on a section's room. */
    ROOM_CHANGE,
    /** Timefold's swap of two sections' times. */
    TIME_SWAP,
    /** A section to a new place, ejecting what clashes there and re-placing it (moves.PlaceAndEjectMoveFactory). */
    PLACE_AND_EJECT,
    /** All members of a broken distribution rule at once (moves.DistributionMoveFactory). */
    DISTRIBUTION,
    /** Two sections at the same time trade rooms (moves.RoomSwapMoveFactory). */
    ROOM_SWAP,
    /** A Kempe chain between two periods (moves.KempeMoveFactory). */
    KEMPE_CHAIN,
    /** A neighbourhood of sections re-placed exactly by CP-SAT (moves.CpSatMoveFactory). */
    EXACT_NEIGHBOURHOOD
}
