package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 1.3 FIRST find out who decides: a project needs a person who {@code decides}. */
public final class NoDecisionMaker extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("no-decision-maker", Severity.ERROR, "1.3");

    public NoDecisionMaker() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Person person : context.project().people()) {
            if (person.decides()) {
                return;
            }
        }
        context.report(context.project().declaration(), context.project().id());
    }
}
