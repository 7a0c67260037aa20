/** Student sectioning: which section of each subpart a student attends. */
package org.skema.sectioning;
