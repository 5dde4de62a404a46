package org.touchbase.core.rules.practice;

import java.time.temporal.ChronoUnit;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.state.QuestionState;
import org.touchbase.core.time.Term;

/** 1.5 Keep asking what, how, why: a question we sent is still without an answer after {@code remind every}. */
public final class OpenQuestion extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("open-question", Severity.INFO, "1.5");

    public OpenQuestion() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Touch touch : context.project().touches()) {
            if (QuestionState.isOurQuestion(touch) && touch.at() != null) {
                check(context, touch);
            }
        }
    }

    private static void check(RuleContext context, Touch touch) {
        if (context.question(touch).overdue()) {
            context.report(touch, touch.header(), null, Labels.touch(touch, context.today()), Labels.people(context.project(), touch),
                    Durations.of(Term.days(ChronoUnit.DAYS.between(touch.at().toLocalDate(), context.today()))),
                    Durations.every(context.remindEvery()));
        }
    }
}
