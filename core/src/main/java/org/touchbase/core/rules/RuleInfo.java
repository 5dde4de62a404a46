package org.touchbase.core.rules;

import java.util.EnumSet;
import java.util.Set;
import org.touchbase.core.model.Status;

/**
 * What every rule declares: its id, its default severity, the practice it
 * comes from (a number of the practitioner's checklist, docs/reference.md, The practice), whether it is a
 * language rule (always an error, never configured or suppressed), and the
 * statuses of the projects it looks at. A date-driven rule looks at some
 * statuses only ({@code active} unless it says otherwise); every other rule
 * at all of them. This is the one place that says which rule applies at
 * which status.
 */
public record RuleInfo(String id, Severity defaultSeverity, String practice, boolean language,
        Set<Status> statuses) {

    public static final String DOCS_BASE = "https://github.com/touchbase-dev/touchbase/blob/main/docs/rules/";

    private static final Set<Status> ALL_STATUSES = Set.copyOf(EnumSet.allOf(Status.class));

    public static RuleInfo language(String id) {
        return new RuleInfo(id, Severity.ERROR, "", true, ALL_STATUSES);
    }

    public static RuleInfo practice(String id, Severity severity, String practice) {
        return new RuleInfo(id, severity, practice, false, ALL_STATUSES);
    }

    /** A date-driven rule: it looks at active projects only. */
    public static RuleInfo dateDriven(String id, Severity severity, String practice) {
        return dateDriven(id, severity, practice, Status.ACTIVE);
    }

    /** A date-driven rule that looks at projects of these statuses. */
    public static RuleInfo dateDriven(String id, Severity severity, String practice, Status first, Status... rest) {
        return new RuleInfo(id, severity, practice, false, Set.copyOf(EnumSet.of(first, rest)));
    }

    /** Date-driven: it looks at projects of some statuses only. */
    public boolean dateDriven() {
        return !statuses.equals(ALL_STATUSES);
    }

    /** The rule looks at projects of this status. */
    public boolean appliesTo(Status status) {
        return statuses.contains(status);
    }

    /** Whether this rule raised the finding. */
    public boolean owns(Finding finding) {
        return id.equals(finding.rule());
    }

    public String docsUrl() {
        return DOCS_BASE + id + ".md";
    }

    public String titleKey() {
        return "rule." + id + ".title";
    }

    public String descriptionKey() {
        return "rule." + id + ".description";
    }
}
