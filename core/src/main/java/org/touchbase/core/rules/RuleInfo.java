package org.touchbase.core.rules;

import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;

/**
 * What every rule declares: its id, its default severity, the practice it
 * comes from (a number of the practitioner's checklist, docs/reference.md, The practice),
 * whether it is a language rule (always an error, never configured or
 * suppressed) and whether it is date-driven (active projects only).
 */
public record RuleInfo(String id, Severity defaultSeverity, String practice, boolean language,
        boolean dateDriven) {

    public static final String DOCS_BASE = "https://github.com/touchbase-dev/touchbase/blob/main/docs/rules/";

    public static RuleInfo language(String id) {
        return new RuleInfo(id, Severity.ERROR, "", true, false);
    }

    public static RuleInfo practice(String id, Severity severity, String practice) {
        return new RuleInfo(id, severity, practice, false, false);
    }

    public static RuleInfo dateDriven(String id, Severity severity, String practice) {
        return new RuleInfo(id, severity, practice, false, true);
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
