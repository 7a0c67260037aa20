/** ITC 2019 problem and solution XML (itc2019.org/format) mapped onto the model; only soft distributions with penalty 0, worth nothing, are dropped. */
package org.skema.io.itc2019;
