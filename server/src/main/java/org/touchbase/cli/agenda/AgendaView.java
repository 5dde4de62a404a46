package org.touchbase.cli.agenda;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.agenda.AgendaItem;
import org.touchbase.core.agenda.Urgency;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.text.Position;

/**
 * What the text and Markdown agendas share: the walk through the groups,
 * headings, the "when" of an item, and its parts as text. A format only
 * lays out what the walk hands it.
 */
final class AgendaView {

    /** How one format writes the parts of an agenda, in the order {@link #walk} hands them over. */
    interface Layout {

        void title(String title);

        /** Instead of the groups, when there is nothing to do. */
        void empty(String text);

        /** A group's heading, its number of items included. */
        void group(Urgency urgency, String heading);

        void item(AgendaItem item, String when);
    }

    private AgendaView() {
    }

    /** The title, then each group that has items, by urgency, with its items; or the title and "nothing to do". */
    static void walk(Agenda agenda, Messages messages, Layout layout) {
        layout.title(title(agenda, messages));
        if (agenda.isEmpty()) {
            layout.empty(messages.get("agenda.empty", agenda.days()));
            return;
        }
        for (Urgency urgency : Urgency.values()) {
            List<AgendaItem> items = agenda.items(urgency);
            if (items.isEmpty()) {
                continue;
            }
            layout.group(urgency, heading(urgency, agenda, messages) + " (" + items.size() + ")");
            for (AgendaItem item : items) {
                layout.item(item, when(item, agenda, messages));
            }
        }
    }

    static String title(Agenda agenda, Messages messages) {
        LocalDate today = agenda.now().toLocalDate();
        return messages.get("agenda.title", messages.format(Days.on(today, today)));
    }

    static String heading(Urgency urgency, Agenda agenda, Messages messages) {
        if (urgency == Urgency.UPCOMING) {
            return agenda.days() == Agenda.DEFAULT_DAYS ? messages.get("agenda.group.week")
                    : messages.get("agenda.group.upcoming", agenda.days());
        }
        return messages.get("agenda.group." + urgency.id());
    }

    /** The date (and time) and how late or how far off it is. */
    static String when(AgendaItem item, Agenda agenda, Messages messages) {
        String date = item.date() + (item.time() == null ? "" : " " + item.time());
        long days = ChronoUnit.DAYS.between(agenda.now().toLocalDate(), item.date());
        String relative = item.urgency() == Urgency.OVERDUE
                ? messages.get("agenda.late", Math.max(0, -days))
                : messages.get("agenda.in", Math.max(0, days));
        return date + " (" + relative + ")";
    }

    /** The project and the people. */
    static String who(AgendaItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(item.project().id());
        if (!item.people().isEmpty()) {
            parts.add(String.join(", ", item.people()));
        }
        return String.join(" · ", parts);
    }

    static String action(AgendaItem item, Messages messages) {
        String action = item.action() == null ? "" : messages.format(item.action());
        return action.isEmpty() ? null : action;
    }

    /** {@code file:line:column}, 1-based. */
    static String place(AgendaItem item) {
        Position start = item.file().position(item.span().start());
        return item.file().id() + ":" + (start.line() + 1) + ":" + (start.column() + 1);
    }
}
