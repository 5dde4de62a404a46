package org.touchbase.core.diagnostics;

/** The ids of the language rules, which the parser and the linker report. */
public final class RuleIds {

    public static final String SYNTAX = "syntax";
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String INVALID_DATE = "invalid-date";
    public static final String INVALID_USE = "invalid-use";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";

    private RuleIds() {
    }
}
