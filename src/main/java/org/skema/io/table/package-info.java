/** Tables of named columns and rows, with their place for error messages: what the bundle's logic reads and writes, whatever holds the tables (CSV files, workbook sheets). */
package org.skema.io.table;
