/** Seeded generator of a synthetic law faculty whose problem is built around a feasible timetable planted first. */
package org.skema.generate;
