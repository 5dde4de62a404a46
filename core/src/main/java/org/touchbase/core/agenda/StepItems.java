package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Step;
import org.touchbase.core.rules.practice.StepOverdue;

/** The steps of the plan not done yet; late ones are the {@code step-overdue} findings. */
final class StepItems implements AgendaSource {

    private static final String RULE = StepOverdue.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        for (Step step : context.project().steps()) {
            if (step.done() || step.due() == null || !step.due().valid()) {
                continue;
            }
            String identity = "step:" + step.id().text();
            Finding late = context.finding(RULE, step);
            if (late != null) {
                context.overdue(late, step.due().date(), null, Kinds.STEP, identity, List.of());
                continue;
            }
            String title = step.title() == null ? step.id().text() : step.title().value();
            context.due(step.due().date(), null, Kinds.STEP, identity, List.of(),
                    Message.of("agenda.step", title, step.id().text()), Message.of("agenda.action.step"), List.of(),
                    step.file(), step.span());
        }
    }
}
