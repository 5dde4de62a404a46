package org.touchbase.core.rules;

import java.util.EnumSet;
import java.util.Set;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Status;

/**
 * What every rule declares: its id, its default severity, the practice it
 * comes from (a number of the practitioner's checklist, docs/reference.md, The practice), whether it is a
 * language rule (always an error, never configured or suppressed), whether
 * it is date-driven, and the statuses of the projects it looks at. A
 * date-driven rule looks at some statuses only ({@code active} unless it
 * says otherwise); a structural rule, about the project's future, at live
 * projects only ({@link Status#live()}); every other rule at all of them.
 * This is the one place that says which rule applies at which status.
 */
public record RuleInfo(String id, Severity defaultSeverity, String practice, boolean language,
        boolean dateDriven, Set<Status> statuses) {

    public static final String DOCS_BASE = "https://github.com/touchbase-dev/touchbase/blob/main/docs/rules/";

    private static final Set<Status> ALL_STATUSES = Set.copyOf(EnumSet.allOf(Status.class));
    private static final Set<Status> LIVE = Set.copyOf(EnumSet.allOf(Status.class).stream().filter(Status::live)
            .toList());

    public static RuleInfo language(String id) {
        return new RuleInfo(id, Severity.ERROR, "", true, false, ALL_STATUSES);
    }

    public static RuleInfo practice(String id, Severity severity, String practice) {
        return new RuleInfo(id, severity, practice, false, false, ALL_STATUSES);
    }

    /**
     * A structural rule: about the project's future and who and what it
     * rests on (a decision-maker, Plan B, goals, a plan). It looks at live
     * projects only; a done or lost project has no future to plan.
     */
    public static RuleInfo structural(String id, Severity severity, String practice) {
        return new RuleInfo(id, severity, practice, false, false, LIVE);
    }

    /** A date-driven rule: it looks at active projects only. */
    public static RuleInfo dateDriven(String id, Severity severity, String practice) {
        return dateDriven(id, severity, practice, Status.ACTIVE);
    }

    /** A date-driven rule that looks at projects of these statuses. */
    public static RuleInfo dateDriven(String id, Severity severity, String practice, Status first, Status... rest) {
        return new RuleInfo(id, severity, practice, false, true, Set.copyOf(EnumSet.of(first, rest)));
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
