package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 2.1.2 See the goals of the decision-maker, in the language of business. */
public final class DecisionMakerGoalsUnknown extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.structural("dm-goals-unknown", Severity.WARNING, "2.1.2");

    public DecisionMakerGoalsUnknown() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Person person : context.project().people()) {
            if (person.decidesAt(context.now()) && person.goals().isEmpty()) {
                context.report(person, person.displayName());
            }
        }
    }
}
