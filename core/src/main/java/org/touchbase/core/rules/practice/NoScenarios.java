package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 2.3.2 Be the person with a plan: scenarios of what happens next. */
public final class NoScenarios extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.structural("no-scenarios", Severity.INFO, "2.3.2");

    public NoScenarios() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        if (context.project().scenarios().isEmpty()) {
            context.report(context.project().declaration(), context.project().id());
        }
    }
}
