package org.touchbase.core.agenda;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Message;
import org.touchbase.core.rules.practice.TouchGap;

/**
 * Key people to touch before the cadence runs out within the agenda's
 * window (unless a touch with them is already planned by then); a silence
 * already too long is the {@code touch-gap} finding.
 */
final class CadenceItems implements AgendaSource {

    private static final String RULE = "touch-gap";

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        Map<String, LocalDateTime> last = TouchGap.lastTouches(context.queries());
        Duration cadence = context.queries().cadence();
        for (Person person : context.project().people()) {
            if (!person.isKey()) {
                continue;
            }
            String identity = "person:" + person.id().text();
            List<String> people = List.of(person.displayName());
            LocalDateTime lastTouch = last.get(person.id().text());
            Finding late = context.finding(RULE, person);
            if (late != null) {
                LocalDateTime from = lastTouch != null ? lastTouch
                        : context.project().starts().date().atStartOfDay();
                LocalDateTime deadline = from.plus(cadence);
                context.overdue(late, deadline.toLocalDate(), null, Kinds.CADENCE, identity, people);
                continue;
            }
            if (lastTouch == null) {
                continue;
            }
            LocalDateTime deadline = lastTouch.plus(cadence);
            // Every key person's silence ends within one cadence: only those ending in the window are to do.
            if (deadline.toLocalDate().isAfter(context.lastDay()) || plannedBefore(context, person, deadline)) {
                continue;
            }
            long days = Duration.between(lastTouch, context.now()).toDays();
            Message rule = Message.of("finding." + RULE, person.displayName(), days,
                    lastTouch.toLocalDate().toString(), Length.format(cadence));
            context.due(deadline.toLocalDate(), null, Kinds.CADENCE, identity, people,
                    Message.of("agenda.cadence", person.displayName(), days, lastTouch.toLocalDate().toString(),
                            Length.format(cadence)),
                    Message.fixOf(rule), List.of(), person.file(), person.focus());
        }
    }

    private static boolean plannedBefore(AgendaContext context, Person person, LocalDateTime deadline) {
        for (Touch touch : context.project().touches()) {
            if (touch.isPlannedAt(context.now()) && !touch.at().isAfter(deadline) && touch.involves(person.id().text())) {
                return true;
            }
        }
        return false;
    }
}
