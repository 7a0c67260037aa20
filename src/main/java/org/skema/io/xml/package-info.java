/** Safe streaming XML reading (no DTDs, no external entities) with the line of every error. */
package org.skema.io.xml;
