package org.touchbase.core.rules.practice;

import java.time.LocalDateTime;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/**
 * 1.3 FIRST find out who decides: a project needs a person who decides now.
 * When somebody decided before, the message says who and since when nobody
 * decides.
 */
public final class NoDecisionMaker extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.structural("no-decision-maker", Severity.ERROR, "1.3");

    public NoDecisionMaker() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        LocalDateTime now = context.now();
        Person last = null;
        LocalDateTime lastEnd = null;
        for (Person person : context.project().people()) {
            if (person.decidesAt(now)) {
                return;
            }
            LocalDateTime end = person.partEnd(Part.Kind.DECIDES);
            if (end != null && !end.isAfter(now) && (lastEnd == null || end.isAfter(lastEnd))) {
                last = person;
                lastEnd = end;
            }
        }
        if (last == null) {
            context.report(context.project().declaration(), context.project().id());
        } else {
            context.report(context.project().declaration(), context.project().declaration().focus(), "since",
                    context.project().id(), Days.on(lastEnd.toLocalDate(), context.today()), last.displayName());
        }
    }
}
