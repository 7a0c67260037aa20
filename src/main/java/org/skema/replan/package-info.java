/** Re-planning: locks from an earlier timetable, locks that cannot hold, and what a re-plan moved. */
package org.skema.replan;
