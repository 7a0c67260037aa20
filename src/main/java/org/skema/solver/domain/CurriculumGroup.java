package org.skema.solver.domain;

import org.skema.model.Curriculum;

/** A curriculum with the gap tolerance its compactness is judged by; a group key in the compactness rule. */
public record CurriculumGroup(Curriculum curriculum, int toleranceSlots) {
}
