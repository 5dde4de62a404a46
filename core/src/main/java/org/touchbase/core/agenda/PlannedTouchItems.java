package org.touchbase.core.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.practice.Labels;

/**
 * Touches we plan (dated after "now", ours or both sides') — meetings, calls,
 * letters — and for spoken ones what to prepare: the questions and actions
 * of the last summed-up touch with any of their people. A client's touch
 * dated ahead is not ours to plan and is left out.
 */
final class PlannedTouchItems implements AgendaSource {

    @Override
    public void collect(AgendaContext context) {
        if (!context.active()) {
            return;
        }
        for (Touch touch : context.project().touches()) {
            if (!touch.isPlannedAt(context.now()) || touch.isIncoming()) {
                continue;
            }
            LocalDate date = touch.at().toLocalDate();
            LocalTime time = touch.when().hasTime() ? touch.at().toLocalTime() : null;
            if (!context.listed(date, time)) {
                continue;
            }
            Message action = touch.purpose() == null ? null : Message.of("agenda.action.purpose", touch.purpose().value());
            context.due(date, time, Kinds.PLANNED_TOUCH, context.identity(touch), context.names(touch.people()),
                    Message.of("agenda.planned-touch", Labels.touch(touch, context.today()), String.join(", ", context.names(touch.people()))), action,
                    touch.isSpoken() ? prepare(context, touch) : List.of(), touch.file(), touch.header());
        }
    }

    /** The questions and actions of the latest touch with a summary that shares a person with {@code planned}. */
    static List<Message> prepare(AgendaContext context, Touch planned) {
        Touch latest = null;
        for (Touch touch : context.summedUp()) {
            if (!sharesPerson(touch, planned)) {
                continue;
            }
            if (latest == null || !touch.at().isBefore(latest.at())) {
                latest = touch;
            }
        }
        List<Message> prepare = new ArrayList<>();
        if (latest == null) {
            return prepare;
        }
        for (Summary summary : latest.summaries()) {
            for (Text question : summary.questions()) {
                prepare.add(Message.of("agenda.prepare.question", question.value()));
            }
            for (Summary.Action action : summary.actions()) {
                if (action.done()) {
                    continue;
                }
                prepare.add(Message.of("agenda.prepare.action", action.text() == null ? "" : action.text().value(),
                        context.name(action.owner()), action.due() == null || !action.due().valid() ? "—"
                                : Days.on(action.due().date(), context.today())));
            }
        }
        return prepare;
    }

    private static boolean sharesPerson(Touch touch, Touch planned) {
        for (Name person : planned.people()) {
            if (touch.involves(person.text())) {
                return true;
            }
        }
        return false;
    }
}
