package org.touchbase.cli.agenda;

import java.io.PrintWriter;
import java.util.List;
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
        out.println("## " + AgendaView.title(agenda, messages));
        if (agenda.isEmpty()) {
            out.println();
            out.println(messages.get("agenda.empty", agenda.days()));
            return;
        }
        for (Urgency urgency : Urgency.values()) {
            List<AgendaItem> items = agenda.items(urgency);
            if (items.isEmpty()) {
                continue;
            }
            out.println();
            out.println("### " + AgendaView.heading(urgency, agenda, messages) + " (" + items.size() + ")");
            out.println();
            for (AgendaItem item : items) {
                StringBuilder line = new StringBuilder("- **").append(AgendaView.when(item, agenda, messages))
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
}
