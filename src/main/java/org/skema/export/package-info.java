/** Publishing a timetable: CSV for spreadsheets, iCalendar files per person and room, one HTML report. */
package org.skema.export;
