package org.touchbase.report.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.model.Day;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Pause;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.state.ActionState;
import org.touchbase.core.state.ObligationState;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/**
 * The document the client may see, built from an explicit allow-list: the
 * header's public facts, the plan, the agreements, what each side owes and
 * the meetings. Nothing else of the internal document reaches it — no RAG,
 * trust, goals, motivations, people's contacts, findings, file positions,
 * notes or suppressions. A section added to the internal document stays out
 * of this one until it is listed here.
 */
public final class ClientDocument {

    private ClientDocument() {
    }

    /** The header: client, manager, status, start, launch and how it moved. */
    public static List<Block> header(ProjectView v) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(v.t("header.client"),
                Line.of(v.project().client() != null ? v.project().client().value() : "—")));
        facts.add(new Block.Fact(v.t("header.manager"),
                Line.of(v.project().manager() != null ? v.project().manager().value() : "—")));
        Pause pause = v.project().pause();
        if (pause != null && pause.until() != null && pause.until().valid()) {
            facts.add(new Block.Fact(v.t("header.status"), Line.of(HeaderSection.status(v, v.project().status()),
                    " ", new Inline.Muted(v.t("header.pausedUntil", v.day(pause.until()))))));
        } else {
            facts.add(new Block.Fact(v.t("header.status"), Line.of(HeaderSection.status(v, v.project().status()))));
        }
        facts.add(new Block.Fact(v.t("header.starts"), Line.of(v.date(v.project().starts()))));
        if (v.project().launch() != null && v.project().launch().valid()) {
            facts.add(new Block.Fact(v.t("header.launch"), Line.of(v.date(v.project().launch()), " ",
                    new Inline.Muted("(" + v.relative(v.project().launch().date()) + ")"))));
            String history = HeaderSection.launchHistory(v);
            if (history != null) {
                facts.add(new Block.Fact(v.t("header.launchHistory"), Line.of(history)));
            }
        } else {
            facts.add(new Block.Fact(v.t("header.launch"), Line.of("—")));
        }
        return List.of(new Block.Facts(facts));
    }

    /** The sections, in this order and no others. */
    public static List<Block.Section> sections(ProjectView v) {
        return List.of(PlanSection.build(v), AgreementsSection.build(v), owed(v), ObligationsSection.build(v),
                MeetingsSection.build(v));
    }

    /** What each side owes: the client's open obligations and every open action item, the client's and ours, by due date. */
    static Block.Section owed(ProjectView v) {
        record Row(boolean ours, Day due, List<Line> cells) {
        }
        List<Row> rows = new ArrayList<>();
        for (Expectation expectation : v.project().expectations()) {
            ObligationState state = ObligationState.of(v.project(), expectation, v.deadlines());
            if (state.closed()) {
                continue;
            }
            Inline.Mark mark = state.pastDue()
                    ? new Inline.Mark(Tone.RED, v.t("obligations.overdue", state.daysPastDue()))
                    : new Inline.Mark(Tone.NEUTRAL, v.t("obligations.open"));
            rows.add(new Row(false, expectation.due(), List.of(Line.of(v.t("owes.client")),
                    Line.of(expectation.title() != null ? expectation.title().value() : ""),
                    Line.of(v.person(expectation.from())), due(v, expectation.due()), Line.of(mark))));
        }
        for (Touch touch : v.project().touches()) {
            for (Summary summary : touch.summaries()) {
                for (Summary.Action action : summary.actions()) {
                    if (ActionState.of(v.project(), action, v.deadlines()).done()) {
                        continue;
                    }
                    boolean ours = ours(v, action.owner());
                    rows.add(new Row(ours, action.due(), List.of(Line.of(v.t(ours ? "owes.us" : "owes.client")),
                            Line.of(action.text() != null ? action.text().value() : ""),
                            Line.of(v.person(action.owner())), due(v, action.due()),
                            MeetingsSection.actionState(v, action))));
                }
            }
        }
        rows.sort(Comparator.comparing((Row row) -> row.due() != null && row.due().valid() ? row.due().date() : null,
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<Block> body = new ArrayList<>();
        if (rows.isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("owes.none"))));
        } else {
            long ours = rows.stream().filter(Row::ours).count();
            body.add(new Block.Paragraph(Line.of(v.t("owes.summary", rows.size() - ours, ours))));
            List<List<Line>> cells = new ArrayList<>();
            rows.forEach(row -> cells.add(row.cells()));
            body.add(new Block.Table(List.of(v.t("col.side"), v.t("col.what"), v.t("col.owner"), v.t("col.due"),
                    v.t("col.state")), cells));
        }
        return new Block.Section("owed", v.t("owes.title"), body);
    }

    private static boolean ours(ProjectView v, Name owner) {
        return owner != null && v.project().member(owner.text()) != null && v.project().person(owner.text()) == null;
    }

    private static Line due(ProjectView v, Day due) {
        return Line.of(v.date(due), " ", due != null && due.valid()
                ? new Inline.Muted("(" + v.relative(due.date()) + ")") : null);
    }
}
