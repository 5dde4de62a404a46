package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.When;
import org.touchbase.core.rules.Message;
import org.touchbase.core.rules.practice.Labels;

/**
 * The next touch a summary agreed on ({@code next}), while no later touch
 * with those people is written down yet (planned or held).
 */
final class NextTouchItems implements AgendaSource {

    @Override
    public void collect(AgendaContext context) {
        if (!context.active()) {
            return;
        }
        for (Touch touch : context.project().touches()) {
            if (touch.summaries().isEmpty() || !touch.happenedBy(context.now()) || followedUp(context, touch)) {
                continue;
            }
            int index = 0;
            for (Summary summary : touch.summaries()) {
                for (When next : summary.next()) {
                    if (!next.valid()) {
                        continue;
                    }
                    context.due(next.date(), next.hasTime() ? next.at().toLocalTime() : null, Kinds.NEXT_TOUCH,
                            context.identity(touch) + "/next" + (index++ == 0 ? "" : "#" + index),
                            context.names(touch.people()), Message.of("agenda.next-touch", Labels.touch(touch)),
                            Message.of("agenda.action.next-touch", String.join(", ", context.names(touch.people()))), PlannedTouchItems
                                    .prepare(context, touch), summary.file(), next.span());
                }
            }
        }
    }

    private static boolean followedUp(AgendaContext context, Touch summed) {
        for (Touch later : context.project().touches()) {
            if (later == summed || later.at() == null || !later.at().isAfter(summed.at())) {
                continue;
            }
            for (Name person : summed.people()) {
                if (later.involves(person.text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
