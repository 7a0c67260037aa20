/** Timefold planning domain, its construction from a problem, and the solver run. */
package org.skema.solver;
