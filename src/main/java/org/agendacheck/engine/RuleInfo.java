package org.agendacheck.engine;

/**
 * A rule of the catalogue as its metadata describes it.
 *
 * @param id stable id, lower-case words joined by hyphens
 * @param severity default severity
 * @param description one line: what the rule fires on
 * @param family the rule file it lives in, without extension
 * @param origin where it came from: "default" or the user rule file's path
 */
public record RuleInfo(String id, Severity severity, String description, String family,
    String origin) {}
