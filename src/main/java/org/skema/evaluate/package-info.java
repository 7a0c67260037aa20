/** The Evaluator: recomputes a solution's score from the model alone and lists every violation. */
package org.skema.evaluate;
