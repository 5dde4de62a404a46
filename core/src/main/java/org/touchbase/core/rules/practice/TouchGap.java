package org.touchbase.core.rules.practice;

import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Person;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Silence;
import org.touchbase.core.time.Term;

/**
 * 3.3, 4: touches have a frequency; silence with the decision-maker or the
 * contact loses the project. Only people who decide or are the contact now,
 * and are not away now, are looked at; silence while they were away does
 * not count ({@link Silence}).
 */
public final class TouchGap extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("touch-gap", Severity.WARNING, "3.3, 4");

    public TouchGap() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        Object cadence = Durations.every(context.cadence());
        for (Person person : context.project().people()) {
            if (!person.isKeyAt(context.now())) {
                continue;
            }
            Silence silence = Silence.of(context, person);
            if (!silence.broken()) {
                continue;
            }
            Message days = Durations.of(Term.days(silence.length(context.now()).toDays()));
            Message from = Days.on(silence.from().toLocalDate(), context.today());
            switch (silence.reason()) {
                case TOUCH -> context.report(person, person.focus(), null, person.displayName(), days,
                        Days.on(silence.lastTouch().at().toLocalDate(), context.today()), cadence);
                case ABSENCE -> context.report(person, person.focus(), silence.lastTouch() == null ? "backNever"
                        : "back", person.displayName(), days, from, cadence);
                case PROJECT_START -> context.report(person, person.focus(), "never", person.displayName(), days,
                        cadence);
                case PART_START -> context.report(person, person.focus(), "neverSincePart", person.displayName(),
                        days, from, cadence);
            }
        }
    }
}
