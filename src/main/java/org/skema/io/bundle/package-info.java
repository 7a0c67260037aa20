/** The bundle: which tables hold a problem, their columns, and how rows become a problem and back, on any table source (CSV folder, workbook). */
package org.skema.io.bundle;
