package org.skema.io.csv;

import java.util.List;
import org.skema.model.Problem;

/** What a bundle holds: the problem and the planner's locks (see {@link SectionLock}), in file order. */
public record BundleContents(Problem problem, List<SectionLock> locks) {
    public BundleContents {
        locks = List.copyOf(locks);
    }
}
