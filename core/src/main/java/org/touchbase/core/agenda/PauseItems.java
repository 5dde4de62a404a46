package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Pause;
import org.touchbase.core.model.Status;
import org.touchbase.core.rules.practice.StaleStatus;

/**
 * A pause that ends ({@code status paused until DATE}): on its last day, a
 * reminder to set the status; once past, the {@code stale-status} finding.
 */
final class PauseItems implements AgendaSource {

    private static final String RULE = StaleStatus.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        Pause pause = context.project().pause();
        if (context.project().status() != Status.PAUSED || pause == null || pause.until() == null
                || !pause.until().valid() || !context.applies(RULE)) {
            return;
        }
        Finding late = context.finding(RULE, context.project().declaration());
        if (late != null) {
            context.overdue(late, pause.until().date(), null, Kinds.PAUSE_ENDS, "pause", List.of());
        } else {
            Message rule = Message.of("finding." + RULE, context.project().id(), Days.on(pause.until().date(), context.today()));
            context.due(pause.until().date(), null, Kinds.PAUSE_ENDS, "pause", List.of(),
                    Message.of("agenda.pause-ends", context.project().title()), Message.fixOf(rule), List.of(),
                    context.project().declaration().file(), pause.span());
        }
    }
}
