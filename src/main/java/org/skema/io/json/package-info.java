/** The native JSON problem and solution formats ("skema-problem", "skema-solution"), with errors that name file, line and field. */
package org.skema.io.json;
