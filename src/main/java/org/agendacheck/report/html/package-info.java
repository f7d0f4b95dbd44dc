/**
 * The HTML report: one self-contained page (no scripts, no fetched styles, fonts or images) with the
 * run's summary and verdict, every table as it was read with the cells that have findings marked,
 * and a findings list that links to them.
 */
package org.agendacheck.report.html;
