package org.skema.cli;

/** Help texts that several commands share, so that every command lists the same formats. */
final class HelpText {
    static final String PROBLEM = "Problem: .json, ITC 2019 .xml, ITC 2007 .ctt, an Excel workbook .xlsx"
            + " (a sheet per table) or a CSV bundle folder (a .csv file per table; datasets/CSV-BUNDLE.md).";
    static final String SOLUTION = "Solution: .json, ITC 2019 .xml or ITC 2007 .sol.";

    private HelpText() {
    }
}
