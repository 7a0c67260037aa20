/** The Timefold planning domain: the planning entity, the planning solution, the facts, and their mapping from and to the model. */
package org.skema.solver.domain;
