/** Excel workbooks (.xlsx, Apache POI): a problem as one sheet per bundle table, and typed sheets for exports. */
package org.skema.io.xlsx;
