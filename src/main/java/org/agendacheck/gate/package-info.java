/**
 * The gate: one library call that applies a repository's configuration (severity overrides, rules
 * turned off, which walked files count), a baseline and the fail-on threshold to a validation run,
 * and gives the findings, the suppressed findings and the exit status the command line would give.
 * The command line only maps its options onto a {@link org.agendacheck.gate.GateRequest}.
 */
package org.agendacheck.gate;
