package org.agendacheck.model;

/**
 * A row's statement that it publishes the same amounts as a row of another document.
 *
 * @param document the id of the referenced document (table)
 * @param row the label of the referenced row
 */
public record Ref(String document, String row) {}
