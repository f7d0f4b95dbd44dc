/**
 * Annotated copies of the user's own files: a workbook with a comment and a fill on each finding's
 * cell and a first sheet listing the findings, a Word document with a comment anchored at each
 * finding's table cell and a findings table at the end. The original is never written.
 */
package org.agendacheck.annotate;
