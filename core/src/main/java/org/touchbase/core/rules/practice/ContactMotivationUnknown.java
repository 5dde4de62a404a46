package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/** 2.1.3 See the goals of the contact person: motivation is what you manage by. */
public final class ContactMotivationUnknown extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.structural("contact-motivation-unknown", Severity.INFO, "2.1.3");

    public ContactMotivationUnknown() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Person person : context.project().people()) {
            if (person.contactAt(context.now()) && person.motivation() == null && person.goals().isEmpty()) {
                context.report(person, person.displayName());
            }
        }
    }
}
