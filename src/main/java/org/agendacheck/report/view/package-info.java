/**
 * What the visual reports (the HTML page and the annotated workbook and document copies) need to
 * know of a finding: its severity, rule and message, the model cell it is about, the cells that
 * took part and the arithmetic, and its place in the source. {@link
 * org.agendacheck.report.view.FindingViews} is the one place that reads these from a {@link
 * org.agendacheck.engine.Finding}.
 */
package org.agendacheck.report.view;
