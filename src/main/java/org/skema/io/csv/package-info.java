/** The CSV bundle: a folder of spreadsheet-friendly CSV files that holds a whole problem (see datasets/CSV-BUNDLE.md). */
package org.skema.io.csv;
