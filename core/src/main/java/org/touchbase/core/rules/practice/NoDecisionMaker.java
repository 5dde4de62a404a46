package org.touchbase.core.rules.practice;

import org.touchbase.core.model.Person;
import org.touchbase.core.rules.Rule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Severity;

/** 1.3 FIRST find out who decides: a project needs a person who {@code decides}. */
public final class NoDecisionMaker implements Rule {

    private static final RuleInfo INFO = RuleInfo.practice("no-decision-maker", Severity.ERROR, "1.3");

    @Override
    public RuleInfo info() {
        return INFO;
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
