package org.touchbase.cli.agenda;

import java.io.PrintWriter;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.agenda.AgendaItem;
import org.touchbase.core.agenda.Urgency;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;

/** The agenda as Markdown to paste into a chat or an e-mail: one bullet per item, what to prepare below it. */
public final class AgendaMarkdown {

    private final Messages messages;

    public AgendaMarkdown(Messages messages) {
        this.messages = messages;
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
            out.println("## " + title);
        }

        @Override
        public void empty(String text) {
            out.println();
            out.println(text);
        }

        @Override
        public void group(Urgency urgency, String heading) {
            out.println();
            out.println("### " + heading);
            out.println();
        }

        @Override
        public void item(AgendaItem item, String when) {
            StringBuilder line = new StringBuilder("- **").append(when)
                    .append("** · ").append(AgendaView.who(item)).append(" — ")
                    .append(messages.format(item.what()));
            String action = AgendaView.action(item, messages);
            if (action != null) {
                line.append(" → *").append(action).append('*');
            }
            line.append(" (`").append(AgendaView.place(item)).append("`)");
            out.println(line);
            for (Message prepare : item.prepare()) {
                out.println("  - " + messages.format(prepare));
            }
        }
    }
}
