/** The timetable's rules as Timefold constraint streams, one method per {@link org.skema.model.Rule}. */
package org.skema.constraints;
