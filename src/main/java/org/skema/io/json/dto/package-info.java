/** Plain records that JSON Binding maps the native JSON problem and solution files onto; no checks, no logic. */
package org.skema.io.json.dto;
