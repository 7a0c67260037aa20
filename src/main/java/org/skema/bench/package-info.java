/** The benchmark harness: suites of datasets, runs in fresh JVMs, Evaluator-checked results, reports and regressions. */
package org.skema.bench;
