package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 2.2 Have a Plan B: a backup decision-maker now (and other sources of information). */
public final class NoPlanB extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.structural("no-plan-b", Severity.WARNING, "2.2");

    public NoPlanB() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Person person : context.project().people()) {
            if (person.backupAt(context.now())) {
                return;
            }
        }
        String variant = context.project().sources().isEmpty() ? "sources" : null;
        context.report(context.project().declaration(), context.project().declaration().focus(), variant,
                context.project().id());
    }
}
