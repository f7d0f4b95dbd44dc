package org.agendacheck.model;

/**
 * Why a source could not be read as an agenda, and where.
 *
 * @param message what is wrong, in the reader's words
 * @param line 1-based line, or 0 when unknown
 * @param col 1-based column, or 0 when unknown
 */
public record Problem(String message, int line, int col) {}
