package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 1.4 FIRST find the goals and objectives of the project. */
public final class NoGoals extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.structural("no-goals", Severity.WARNING, "1.4");

    public NoGoals() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        if (context.project().goals().isEmpty()) {
            context.report(context.project().declaration(), context.project().id());
        }
    }
}
