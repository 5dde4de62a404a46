package org.touchbase.core.rules;

/**
 * The base of a practice rule: it holds the rule's {@link RuleInfo}, which
 * the rule class declares as {@code public static final RuleInfo INFO} so
 * that others refer to the rule by that constant, never by its id's text.
 */
public abstract class PracticeRule implements Rule {

    private final RuleInfo info;

    protected PracticeRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }
}
