/** Skema's own Timefold moves (place-and-eject, distribution, Kempe chain, room swap) and the views and indexes they plan on. */
package org.skema.solver.moves;
