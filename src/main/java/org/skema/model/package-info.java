/** Format-neutral timetabling model: calendar, rooms, teachers, courses down to sections, rules, students, and solutions. */
package org.skema.model;
