/** Explanations from the Evaluator: what costs most, where a section sits, and where else it could go. */
package org.skema.explain;
