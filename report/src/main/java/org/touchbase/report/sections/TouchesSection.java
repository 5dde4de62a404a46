package org.touchbase.report.sections;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.model.Direction;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.rules.practice.Unanswered;
import org.touchbase.core.state.QuestionState;
import org.touchbase.core.state.ReplyState;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** Touches: per week by kind, the latest ones, the planned ones, and incoming ones still waiting for an answer. */
public final class TouchesSection {

    public static final String ANCHOR = "touches";
    static final int MAX_WEEKS = 26;
    static final int LATEST = 10;

    private static final Comparator<Touch> BY_TIME = Comparator.comparing(Touch::at);

    private TouchesSection() {
    }

    public static Block.Section build(ProjectView v) {
        List<Block> body = new ArrayList<>();
        List<Touch> happened = new ArrayList<>();
        List<Touch> planned = new ArrayList<>();
        for (Touch touch : v.project().touches()) {
            if (touch.happenedBy(v.now())) {
                happened.add(touch);
            } else if (touch.isPlannedAt(v.now())) {
                planned.add(touch);
            }
        }
        happened.sort(BY_TIME);
        planned.sort(BY_TIME);
        if (happened.isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("touches.none"))));
        } else {
            body.addAll(chart(v, happened));
            body.add(new Block.Subheading(Line.of(v.t("touches.latest"))));
            List<Touch> latest = new ArrayList<>(happened.subList(Math.max(0, happened.size() - LATEST),
                    happened.size()));
            Collections.reverse(latest);
            body.add(table(v, latest));
        }
        if (!planned.isEmpty()) {
            body.add(new Block.Subheading(Line.of(v.t("touches.planned"))));
            body.add(table(v, planned));
        }
        body.add(new Block.Subheading(Line.of(v.t("touches.waiting"))));
        body.add(waiting(v, happened));
        Block questions = openQuestions(v, happened);
        if (questions != null) {
            body.add(new Block.Subheading(Line.of(v.t("touches.openQuestions"))));
            body.add(questions);
        }
        return new Block.Section(ANCHOR, v.t("touches.title"), body);
    }

    private static List<Block> chart(ProjectView v, List<Touch> happened) {
        LocalDate lastWeek = v.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = happened.get(0).at().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long weeks = ChronoUnit.WEEKS.between(firstWeek, lastWeek) + 1;
        if (weeks > MAX_WEEKS) {
            firstWeek = lastWeek.minusWeeks(MAX_WEEKS - 1);
            weeks = MAX_WEEKS;
        }
        Map<TouchKind, int[]> counts = new EnumMap<>(TouchKind.class);
        for (Touch touch : happened) {
            LocalDate week = touch.at().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long index = ChronoUnit.WEEKS.between(firstWeek, week);
            if (index < 0 || index >= weeks) {
                continue;
            }
            TouchKind kind = touch.kind() != null ? touch.kind() : TouchKind.OTHER;
            counts.computeIfAbsent(kind, k -> new int[(int) MAX_WEEKS])[(int) index]++;
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate week = firstWeek.plusWeeks(i);
            labels.add(String.format("%02d-%02d", week.getMonthValue(), week.getDayOfMonth()));
        }
        List<Block.Series> series = new ArrayList<>();
        for (Map.Entry<TouchKind, int[]> entry : counts.entrySet()) {
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < weeks; i++) {
                values.add(entry.getValue()[i]);
            }
            series.add(new Block.Series(v.kind(entry.getKey()), values));
        }
        List<String> headers = new ArrayList<>();
        headers.add(v.t("col.week"));
        for (Block.Series s : series) {
            headers.add(s.name());
        }
        headers.add(v.t("col.total"));
        List<List<Line>> rows = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            List<Line> row = new ArrayList<>();
            row.add(Line.of(v.date(firstWeek.plusWeeks(i))));
            int total = 0;
            for (Block.Series s : series) {
                int value = s.values().get(i);
                total += value;
                row.add(Line.of(value == 0 ? "" : String.valueOf(value)));
            }
            row.add(Line.of(String.valueOf(total)));
            rows.add(row);
        }
        String title = v.t("touches.chart", weeks);
        return List.of(new Block.Subheading(Line.of(title)), new Block.BarChart(title, labels, series),
                new Block.Details(v.t("touches.byWeek"), List.of(new Block.Table(headers, rows))));
    }

    private static Block table(ProjectView v, List<Touch> touches) {
        List<List<Line>> rows = new ArrayList<>();
        for (Touch touch : touches) {
            rows.add(List.of(Line.of(v.when(touch.when())), Line.of(v.kind(touch.kind())), who(v, touch),
                    Line.of(v.title(touch))));
        }
        return new Block.Table(List.of(v.t("col.when"), v.t("col.kind"), v.t("col.who"), v.t("col.title")), rows);
    }

    private static Line who(ProjectView v, Touch touch) {
        Direction direction = touch.direction() != null ? touch.direction() : Direction.WITH;
        return Line.of(new Inline.Muted(v.t("direction." + direction.keyword())), " ", v.people(touch.people()));
    }

    /**
     * Incoming touches that have happened by now, need an answer and have no
     * full reply yet: what waits for our answer.
     */
    public static List<Touch> waitingForAnswer(ProjectView v) {
        List<Touch> waiting = new ArrayList<>();
        forEachWaiting(v, (touch, replies) -> waiting.add(touch));
        return waiting;
    }

    /** Each touch of {@link #waitingForAnswer}, in the project's order, with where its replies stand. */
    private static void forEachWaiting(ProjectView v, BiConsumer<Touch, ReplyState> action) {
        for (Touch touch : v.project().touches()) {
            if (touch.isIncoming()) {
                ReplyState replies = ReplyState.of(v.project(), touch, v.deadlines());
                ReplyState.Status status = replies.status();
                if (status != ReplyState.Status.NOT_NEEDED && status != ReplyState.Status.ANSWERED) {
                    action.accept(touch, replies);
                }
            }
        }
    }

    private static Block waiting(ProjectView v, List<Touch> happened) {
        List<List<Line>> rows = new ArrayList<>();
        // By identity: touches are records, whose equality compares them whole.
        Map<Touch, ReplyState> waiting = new IdentityHashMap<>();
        forEachWaiting(v, waiting::put);
        for (Touch touch : happened) {
            ReplyState replies = waiting.get(touch);
            if (replies == null) {
                continue;
            }
            Duration waited = Duration.between(touch.at(), v.now());
            rows.add(List.of(Line.of(v.when(touch.when())), Line.of(v.people(touch.people())),
                    Line.of(v.title(touch)), Line.of(v.span(waited)), state(v, touch, replies)));
        }
        if (rows.isEmpty()) {
            return new Block.Empty(Line.of(v.t("touches.noneWaiting")));
        }
        return new Block.Table(List.of(v.t("col.received"), v.t("col.from"), v.t("col.title"), v.t("col.waiting"),
                v.t("col.state")), rows);
    }

    /**
     * Where a reply stands, from the reply-state query the rules ask (so a
     * paused project, where {@code unanswered} is quiet, still says a reply
     * is overdue); red when it is late by now.
     */
    private static Line state(ProjectView v, Touch touch, ReplyState replies) {
        ReplyState.Status status = replies.status();
        boolean late = status == ReplyState.Status.NO_ACK || status == ReplyState.Status.ETA_PASSED
                || v.fired(Unanswered.INFO, touch);
        Tone tone = late ? Tone.RED : Tone.AMBER;
        if (replies.ack() == null) {
            LocalDateTime due = replies.deadline();
            return Line.of(new Inline.Mark(tone, v.t(late ? "waiting.noAck" : "waiting.replyDue")), " ",
                    new Inline.Muted(v.t("waiting.due", v.messages().format(Days.deadline(due, v.today())))));
        }
        if (replies.eta() == null) {
            return Line.of(new Inline.Mark(tone, v.t("waiting.ackNoEta")));
        }
        return Line.of(new Inline.Mark(tone, v.t(late ? "waiting.etaPassed" : "waiting.eta", v.day(replies.eta()))));
    }

    /** Questions we sent that have no answer yet; null when there are none. */
    private static Block openQuestions(ProjectView v, List<Touch> happened) {
        List<List<Line>> rows = new ArrayList<>();
        for (Touch touch : happened) {
            if (!QuestionState.isOurQuestion(touch)) {
                continue;
            }
            QuestionState state = QuestionState.of(v.project(), touch, v.deadlines());
            if (!state.open()) {
                continue;
            }
            Line mark = state.overdue()
                    ? Line.of(new Inline.Mark(Tone.RED, v.t("questions.askAgain")))
                    : Line.of(new Inline.Mark(Tone.AMBER, v.t("questions.waiting")), " ",
                            new Inline.Muted(v.t("questions.askAgainOn", v.day(state.askAgain().toLocalDate()))));
            rows.add(List.of(Line.of(v.when(touch.when())), Line.of(v.people(touch.people())), Line.of(v.title(touch)),
                    Line.of(v.span(Duration.between(touch.at(), v.now()))), mark));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Block.Table(List.of(v.t("col.asked"), v.t("col.to"), v.t("col.title"), v.t("col.waiting"),
                v.t("col.state")), rows);
    }
}
