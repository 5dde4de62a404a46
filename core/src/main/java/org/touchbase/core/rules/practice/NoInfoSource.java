package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 2.2 Have a Plan B: other sources of information besides the people. */
public final class NoInfoSource extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.structural("no-info-source", Severity.INFO, "2.2");

    public NoInfoSource() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        if (context.project().sources().isEmpty()) {
            context.report(context.project().declaration(), context.project().id());
        }
    }
}
