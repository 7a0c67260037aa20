/** ITC 2019 problem and solution XML (itc2019.org/format), mapped onto the model without loss. */
package org.skema.io.itc2019;
