package org.skema.sectioning;

import org.skema.model.Enrolments;
import org.skema.model.Problem;

/** Decides which sections each student of a problem attends. */
@FunctionalInterface
public interface Sectioner {
    Enrolments section(Problem problem);
}
