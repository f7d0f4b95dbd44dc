package org.agendacheck.report.view;

/**
 * The arithmetic behind a sum, formula, row-total or reference finding, in plain digits.
 *
 * @param published the figure as published
 * @param computed what the contributing cells add up to (or what the referenced cell publishes)
 * @param difference published minus computed, or null when the two cannot be compared
 * @param tolerance how far they may differ under the table's rounding ("0" for exact figures), or
 *     null when it does not apply
 */
public record Arithmetic(String published, String computed, String difference, String tolerance) {}
