package org.touchbase.report.sections;

import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.agenda.AgendaItem;
import org.touchbase.core.agenda.Urgency;
import org.touchbase.core.i18n.Messages;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/**
 * This week: what is late, due today and due in the next seven days — the
 * items of the agenda ({@code touchbase agenda}), not a list of its own.
 */
public final class ThisWeekSection {

    public static final String ANCHOR = "this-week";

    private ThisWeekSection() {
    }

    /** The section of a project's document. */
    public static Block.Section build(ProjectView v) {
        return section(v.agenda(), v.messages(), false);
    }

    /** The section of the portfolio page: every project's items (the portfolio's agenda), with a column for the project. */
    public static Block.Section portfolio(Agenda agenda, Messages messages) {
        return section(agenda, messages, true);
    }

    private static Block.Section section(Agenda agenda, Messages messages, boolean withProject) {
        List<List<Line>> rows = new ArrayList<>();
        for (AgendaItem item : agenda.items()) {
            if (item.urgency() == Urgency.SOON) {
                continue;
            }
            List<Line> row = new ArrayList<>();
            row.add(when(item, messages));
            if (withProject) {
                row.add(Line.of(new Inline.Code(item.project().id())));
            }
            row.add(Line.of(item.people().isEmpty() ? "—" : String.join(", ", item.people())));
            row.add(Line.ticked(messages.format(item.what())));
            String action = item.action() == null ? "" : messages.format(item.action());
            row.add(action.isEmpty() ? Line.of("—") : Line.ticked(action));
            int line = item.file().lineOf(item.span().start()) + 1;
            row.add(Line.of(new Inline.Place(item.file().id(), line)));
            rows.add(row);
        }
        List<Block> body = new ArrayList<>();
        if (rows.isEmpty()) {
            body.add(new Block.Empty(Line.of(messages.get("report.thisWeek.none"))));
        } else {
            var counts = agenda.counts();
            body.add(new Block.Paragraph(Line.of(messages.get("report.thisWeek.summary", counts.get(Urgency.OVERDUE),
                    counts.get(Urgency.TODAY), counts.get(Urgency.UPCOMING)))));
            List<String> headers = new ArrayList<>();
            headers.add(messages.get("report.col.when"));
            if (withProject) {
                headers.add(messages.get("report.col.project"));
            }
            headers.addAll(List.of(messages.get("report.col.who"), messages.get("report.col.what"),
                    messages.get("report.col.action"), messages.get("report.col.where")));
            body.add(new Block.Table(headers, rows));
        }
        return new Block.Section(ANCHOR, messages.get("report.thisWeek.title"), body);
    }

    /** The date (and time), marked red when late and amber when due today. */
    private static Line when(AgendaItem item, Messages messages) {
        String date = item.date() + (item.time() == null ? "" : " " + item.time());
        return switch (item.urgency()) {
            case OVERDUE -> Line.of(new Inline.Mark(Tone.RED, messages.get("report.thisWeek.late")), " ", date);
            case TODAY -> Line.of(new Inline.Mark(Tone.AMBER, messages.get("report.thisWeek.today")), " ", date);
            default -> Line.of(date);
        };
    }
}
