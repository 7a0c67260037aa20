/** The pipeline every command runs through: load -> section -> solve -> evaluate -> publish. */
package org.skema.app;
