package org.touchbase.report;

/**
 * Who a document is for. The internal document is the team's working view;
 * the client's document is built from an allow-list of sections
 * ({@link org.touchbase.report.sections.ClientDocument}) and holds nothing
 * the team keeps to itself.
 */
public enum Audience {
    /** The team: every section, findings, trust and the portfolio page. */
    INTERNAL,
    /** The client: the plan, the launch, agreements, what each side owes, meetings; nothing internal. */
    CLIENT
}
