package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 2.3.1 Be the person with a plan: the steps to launch. */
public final class NoPlan extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.structural("no-plan", Severity.WARNING, "2.3.1");

    public NoPlan() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        if (context.project().steps().isEmpty()) {
            context.report(context.project().declaration(), context.project().id());
        }
    }
}
