package org.touchbase.core.rules.practice;

import java.time.temporal.ChronoUnit;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Step;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.time.Term;

/** 2.3, 4: a step of the plan is past its due date and not done — own the situation. */
public final class StepOverdue extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.dateDriven("step-overdue", Severity.WARNING, "2.3, 4");

    public StepOverdue() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Step step : context.project().steps()) {
            if (step.done() || step.due() == null || !step.due().valid()) {
                continue;
            }
            if (step.due().date().isBefore(context.today())) {
                long days = ChronoUnit.DAYS.between(step.due().date(), context.today());
                context.report(step, step.span(), null, step.id().text(), Days.on(step.due().date(), context.today()),
                        Durations.of(Term.days(days)));
            }
        }
    }
}
