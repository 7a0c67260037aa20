/** Proven lower bounds of the soft score: each section's cheapest options, and CP-SAT on a relaxation of the whole problem. */
package org.skema.bound;
