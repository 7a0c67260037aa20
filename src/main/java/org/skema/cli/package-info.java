/** The command-line interface: solve, check, generate and friends, built with picocli. */
package org.skema.cli;
