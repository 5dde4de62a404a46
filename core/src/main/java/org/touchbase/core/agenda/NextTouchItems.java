package org.touchbase.core.agenda;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.When;
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
        Map<String, LocalDateTime> latest = null;
        for (Touch touch : context.project().touches()) {
            if (touch.summaries().isEmpty() || !touch.happenedBy(context.now()) || !nextAhead(context, touch)) {
                continue;
            }
            if (latest == null) {
                latest = latestTouches(context);
            }
            if (followedUp(latest, touch)) {
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
                            context.names(touch.people()), Message.of("agenda.next-touch", Labels.touch(touch, context.today())),
                            Message.of("agenda.action.next-touch", String.join(", ", context.names(touch.people()))), PlannedTouchItems
                                    .prepare(context, touch), summary.file(), next.span());
                }
            }
        }
    }

    /** Whether a summary of the touch sets a next touch after "now". */
    private static boolean nextAhead(AgendaContext context, Touch touch) {
        for (Summary summary : touch.summaries()) {
            for (When next : summary.next()) {
                if (next.valid() && next.at().isAfter(context.now())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The latest dated touch with each person, planned ones included. */
    private static Map<String, LocalDateTime> latestTouches(AgendaContext context) {
        Map<String, LocalDateTime> latest = new HashMap<>();
        for (Touch touch : context.project().touches()) {
            if (touch.at() != null) {
                for (Name person : touch.people()) {
                    latest.merge(person.text(), touch.at(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return latest;
    }

    /** Whether a touch with any of its people is dated after it. */
    private static boolean followedUp(Map<String, LocalDateTime> latest, Touch summed) {
        for (Name person : summed.people()) {
            LocalDateTime last = latest.get(person.text());
            if (last != null && last.isAfter(summed.at())) {
                return true;
            }
        }
        return false;
    }
}
