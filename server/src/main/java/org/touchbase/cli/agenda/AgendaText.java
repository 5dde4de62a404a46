package org.touchbase.cli.agenda;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.agenda.AgendaItem;
import org.touchbase.core.agenda.Urgency;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;

/** The agenda for a terminal: groups by urgency, lines wrapped at 80 columns, colour only when asked for. */
public final class AgendaText {

    static final int WIDTH = 80;
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String DIM = "\u001b[2m";
    private static final String CYAN = "\u001b[36m";

    private final Messages messages;
    private final boolean colour;

    public AgendaText(Messages messages, boolean colour) {
        this.messages = messages;
        this.colour = colour;
    }

    public void write(Agenda agenda, PrintWriter out) {
        AgendaView.walk(agenda, messages, new Lines(out));
    }

    /** The layout of one write. */
    private final class Lines implements AgendaView.Layout {

        private final PrintWriter out;

        Lines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void title(String title) {
            out.println(paint(BOLD, title));
        }

        @Override
        public void empty(String text) {
            out.println();
            wrap(text, "", "", null, out);
        }

        @Override
        public void group(Urgency urgency, String heading) {
            out.println();
            out.println(paint(urgency == Urgency.OVERDUE ? RED : urgency == Urgency.TODAY ? YELLOW : BOLD, heading));
        }

        @Override
        public void item(AgendaItem item, String when) {
            wrap(when + "  " + AgendaView.who(item), "  ", "    ", BOLD, out);
            wrap(messages.format(item.what()), "    ", "    ", null, out);
            String action = AgendaView.action(item, messages);
            if (action != null) {
                wrap("→ " + action, "    ", "      ", CYAN, out);
            }
            if (!item.prepare().isEmpty()) {
                wrap(messages.get("agenda.prepare") + ":", "    ", "    ", null, out);
                for (Message prepare : item.prepare()) {
                    wrap("- " + messages.format(prepare), "      ", "        ", null, out);
                }
            }
            wrap(AgendaView.place(item), "    ", "    ", DIM, out);
        }
    }

    private void wrap(String text, String first, String rest, String style, PrintWriter out) {
        for (String line : lines(text, first, rest)) {
            int indent = line.length() - line.stripLeading().length();
            out.println(line.substring(0, indent) + paint(style, line.substring(indent)));
        }
    }

    /** {@code text} in lines of at most 80 columns, broken at spaces (a longer word stands alone). */
    static List<String> lines(String text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int empty = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = rest.length();
            }
            if (line.length() > empty) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private String paint(String style, String text) {
        return colour && style != null ? style + text + RESET : text;
    }
}
