package org.skema.explain;

import java.util.List;
import org.skema.evaluate.Violation;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;

/**
 * One placement a section could have instead, and the exact change of the whole score if it moved
 * there with everything else kept.
 *
 * @param room     null for a section that needs no room
 * @param blocking the hard violations the section would take part in there (why it is not possible); they
 *                 come from a reduced copy of the problem, so only their rules, units and messages matter
 */
public record Alternative(TimeOption time, RoomOption room, Penalty change, List<Violation> blocking) {
    public Alternative {
        blocking = List.copyOf(blocking);
    }

    public boolean isFeasible() {
        return blocking.isEmpty();
    }
}
