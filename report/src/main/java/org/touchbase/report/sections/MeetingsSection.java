package org.touchbase.report.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.When;
import org.touchbase.core.rules.practice.MeetingWithoutSummary;
import org.touchbase.core.state.ActionState;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** Meetings: from each summary, the decisions, action items (owner, due), open questions and next dates. */
public final class MeetingsSection {

    public static final String ANCHOR = "meetings";

    private MeetingsSection() {
    }

    public static Block.Section build(ProjectView v) {
        List<Block> body = new ArrayList<>();
        List<Touch> meetings = new ArrayList<>();
        for (Touch touch : v.project().touches()) {
            boolean due = touch.kind() != null && touch.kind().needsSummary() && touch.happenedBy(v.now());
            boolean written = touch.summaries().stream().anyMatch(Summary::isFilledIn);
            if (v.forClient() ? written : !touch.summaries().isEmpty() || due) {
                meetings.add(touch);
            }
        }
        meetings.sort(Comparator.comparing(Touch::at, Comparator.nullsLast(Comparator.naturalOrder())).reversed());
        if (meetings.isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("meetings.none"))));
        }
        for (Touch touch : meetings) {
            body.add(new Block.Subheading(Line.of(v.when(touch.when()), " · ", v.title(touch), " ",
                    new Inline.Muted("(" + v.kind(touch.kind()) + ", " + v.people(touch.people()) + ")"))));
            if (touch.summaries().isEmpty()) {
                Tone tone = v.reported(MeetingWithoutSummary.INFO, touch) ? Tone.RED : Tone.NEUTRAL;
                body.add(new Block.Paragraph(Line.of(new Inline.Mark(tone, v.t("meetings.noSummary")))));
                continue;
            }
            for (Summary summary : touch.summaries()) {
                summary(v, touch, summary, body);
            }
        }
        return new Block.Section(ANCHOR, v.t("meetings.title"), body);
    }

    private static void summary(ProjectView v, Touch touch, Summary summary, List<Block> body) {
        if (v.forClient() && !summary.isFilledIn()) {
            return;
        }
        String kind = summary.kind() == Summary.Kind.INTERIM ? v.t("meetings.interim") : v.t("meetings.final");
        List<Line> items = new ArrayList<>();
        for (Text decision : summary.decisions()) {
            items.add(Line.of(new Inline.Strong(v.t("meetings.decision")), " ", decision.value()));
        }
        for (Text question : summary.questions()) {
            items.add(Line.of(new Inline.Strong(v.t("meetings.question")), " ", question.value()));
        }
        for (When next : summary.next()) {
            items.add(Line.of(new Inline.Strong(v.t("meetings.next")), " ", v.when(next), " ",
                    next.valid() ? new Inline.Muted("(" + v.relative(next.date()) + ")") : null));
        }
        if (summary.isFilledIn()) {
            body.add(new Block.Paragraph(Line.of(new Inline.Mark(Tone.DONE, kind))));
        } else {
            Tone tone = v.reported(MeetingWithoutSummary.INFO, touch) ? Tone.RED : Tone.NEUTRAL;
            body.add(new Block.Paragraph(Line.of(new Inline.Mark(tone, v.t("meetings.emptySummary", kind)))));
        }
        if (!items.isEmpty()) {
            body.add(new Block.Bullets(items));
        }
        if (!summary.actions().isEmpty()) {
            List<List<Line>> rows = new ArrayList<>();
            for (Summary.Action action : summary.actions()) {
                rows.add(List.of(actionState(v, action),
                        Line.of(action.text() != null ? action.text().value() : "",
                                action.id() != null ? Line.of(" ", new Inline.Code(action.id().text())) : Line.EMPTY),
                        Line.of(v.person(action.owner())), Line.of(v.date(action.due()), " ",
                                action.due() != null && action.due().valid()
                                        ? new Inline.Muted("(" + v.relative(action.due().date()) + ")") : null)));
            }
            body.add(new Block.Table(List.of(v.t("col.state"), v.t("col.action"), v.t("col.owner"), v.t("col.due")),
                    rows));
        }
    }

    /** Done (and when), overdue (as {@code action-overdue} sees it: a client's recently reminded is not), or open. */
    static Line actionState(ProjectView v, Summary.Action action) {
        ActionState state = ActionState.of(v.project(), action, v.deadlines());
        if (state.done()) {
            return Line.of(new Inline.Mark(Tone.DONE, action.doneOn() == null || !action.doneOn().valid()
                    ? v.t("meetings.actionDone") : v.t("meetings.actionDoneOn", v.day(action.doneOn()))));
        }
        if (state.overdue()) {
            return Line.of(new Inline.Mark(Tone.RED, v.t("meetings.actionOverdue")));
        }
        if (state.pastDue()) {
            return Line.of(new Inline.Mark(Tone.AMBER, v.t("meetings.actionReminded")));
        }
        return Line.of(new Inline.Mark(Tone.NEUTRAL, v.t("meetings.actionOpen")));
    }
}
