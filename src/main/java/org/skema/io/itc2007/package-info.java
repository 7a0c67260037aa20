/** ITC 2007 track 3 (curriculum-based course timetabling): .ctt problems, .sol solutions and the UD2 score. */
package org.skema.io.itc2007;
