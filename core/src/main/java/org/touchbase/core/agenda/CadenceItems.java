package org.touchbase.core.agenda;

import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Silence;
import org.touchbase.core.rules.practice.TouchGap;
import org.touchbase.core.time.Term;

/**
 * Key people (who decide or are the contact now, and are not away) to touch
 * before the cadence runs out within the agenda's window, unless a touch
 * with them is already planned by then — the silence as {@link Silence}
 * measures it; a silence already too long is the {@code touch-gap} finding.
 */
final class CadenceItems implements AgendaSource {

    private static final String RULE = TouchGap.INFO.id();

    @Override
    public void collect(AgendaContext context) {
        if (!context.applies(RULE)) {
            return;
        }
        LocalDateTime now = context.now();
        Object cadence = Durations.every(context.queries().cadence());
        for (Person person : context.project().people()) {
            if (!person.isKeyAt(now) || person.awayAt(now) != null) {
                continue;
            }
            Silence silence = Silence.of(context.queries(), person);
            if (silence.from() == null) {
                continue;
            }
            String identity = "person:" + person.id().text();
            List<String> people = List.of(person.displayName());
            LocalDateTime deadline = context.queries().after(silence.from(), context.queries().cadence());
            Finding late = context.finding(RULE, person);
            if (late != null) {
                context.overdue(late, AgendaContext.day(deadline), null, Kinds.CADENCE, identity, people);
                continue;
            }
            // Every key person's silence ends within one cadence: only those ending in the window are to do.
            if (silence.broken() || deadline.toLocalDate().isAfter(context.lastDay())
                    || plannedBefore(context, person, deadline)) {
                continue;
            }
            long days = silence.length(now).toDays();
            Message from = Days.on(silence.from().toLocalDate(), context.today());
            Message rule = Message.of("finding." + RULE, person.displayName(), Durations.of(Term.days(days)), from, cadence);
            context.due(AgendaContext.day(deadline), null, Kinds.CADENCE, identity, people,
                    Message.of("agenda.cadence", person.displayName(), days, from, cadence), Message.fixOf(rule),
                    List.of(), person.file(), person.focus());
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
