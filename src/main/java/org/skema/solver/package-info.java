/** The solve: search plans per problem family, their stages as Timefold configurations, and the run over them. */
package org.skema.solver;
