/**
 * The benchmark behind {@code ./agendacheck bench}: generated inputs with planted defects, agendacheck
 * run on them, and two references measured in the same run (a bare JVM start, a bare parse-and-sum
 * loop), reported as ratios with peak memory.
 */
package org.agendacheck.bench;
