package org.touchbase.core.rules.practice;

import org.touchbase.core.rules.Rule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Severity;

/** 1.4 FIRST find the goals and objectives of the project. */
public final class NoGoals implements Rule {

    private static final RuleInfo INFO = RuleInfo.practice("no-goals", Severity.WARNING, "1.4");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext context) {
        if (context.project().goals().isEmpty()) {
            context.report(context.project().declaration(), context.project().id());
        }
    }
}
