/** Exact neighbourhoods: a choice of one candidate per item with unary and pairwise costs, solved by OR-Tools' CP-SAT. */
package org.skema.solver.lns;
