package org.touchbase.report.sections;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Absence;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Scenario;
import org.touchbase.core.model.Source;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Silence;
import org.touchbase.core.rules.practice.TouchGap;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** People and Plan B: the stakeholder map, other sources of information, scenarios. */
public final class PeopleSection {

    public static final String ANCHOR = "people";

    private PeopleSection() {
    }

    public static Block.Section build(ProjectView v) {
        List<Block> body = new ArrayList<>();
        List<Person> people = ordered(v);
        if (people.isEmpty()) {
            body.add(new Block.Empty(Line.of(new Inline.Mark(Tone.RED, v.t("people.none")), " ",
                    v.t("people.none.advice"))));
        } else {
            List<List<Line>> rows = new ArrayList<>();
            for (Person person : people) {
                rows.add(List.of(Line.of(new Inline.Strong(person.displayName())),
                        Line.of(person.role() != null ? person.role().value() : "—"), parts(v, person),
                        channel(v, person), lastTouch(v, person), cadence(v, person)));
            }
            body.add(new Block.Table(List.of(v.t("col.person"), v.t("col.role"), v.t("col.part"),
                    v.t("col.channel"), v.t("col.lastTouch"), v.t("col.cadence")), rows));
            body.add(new Block.Paragraph(Line.of(new Inline.Muted(v.t("people.cadenceNote",
                    v.messages().format(Durations.every(v.cadence())))))));
        }
        body.add(new Block.Subheading(Line.of(v.t("people.team"))));
        if (v.project().members().isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("people.noTeam"))));
        } else {
            List<List<Line>> rows = new ArrayList<>();
            for (Member member : v.project().members()) {
                rows.add(List.of(Line.of(new Inline.Strong(member.displayName())),
                        Line.of(member.role() != null ? member.role().value() : "—"), contacts(member)));
            }
            body.add(new Block.Table(List.of(v.t("col.person"), v.t("col.role"), v.t("col.channel")), rows));
        }
        long backups = people.stream().filter(person -> person.backupAt(v.now())).count();
        body.add(new Block.Subheading(Line.of(v.t("people.planB"))));
        body.add(new Block.Paragraph(backups > 0
                ? Line.of(new Inline.Mark(Tone.GREEN, v.t("people.backups", backups)))
                : Line.of(new Inline.Mark(Tone.AMBER, v.t("people.noBackup")), " ", v.t("people.noBackup.advice"))));
        body.add(new Block.Subheading(Line.of(v.t("people.sources"))));
        if (v.project().sources().isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("people.noSources"))));
        } else {
            List<Line> lines = new ArrayList<>();
            for (Source source : v.project().sources()) {
                lines.add(Line.of(source.text() != null ? source.text().value() : ""));
            }
            body.add(new Block.Bullets(lines));
        }
        body.add(new Block.Subheading(Line.of(v.t("people.scenarios"))));
        if (v.project().scenarios().isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("people.noScenarios"))));
        } else {
            List<Line> lines = new ArrayList<>();
            for (Scenario scenario : v.project().scenarios()) {
                lines.add(Line.of(scenario.text() != null ? scenario.text().value() : ""));
            }
            body.add(new Block.Bullets(lines));
        }
        return new Block.Section(ANCHOR, v.t("people.title"), body);
    }

    /**
     * Decision-makers now, then backups, then contacts, then everyone else
     * (people whose parts ended or begin later among them); each group in
     * source order.
     */
    public static List<Person> ordered(ProjectView v) {
        List<Person> result = new ArrayList<>();
        for (int group = 0; group < 4; group++) {
            for (Person person : v.project().people()) {
                if (group(person, v.now()) == group) {
                    result.add(person);
                }
            }
        }
        return result;
    }

    private static int group(Person person, LocalDateTime now) {
        return person.decidesAt(now) ? 0 : person.backupAt(now) ? 1 : person.contactAt(now) ? 2 : 3;
    }

    /**
     * The marks of a person's parts over time: held now in colour, with
     * their period ("since 2026-10-12"); ended or later ones muted; then
     * "left …" and the absences.
     */
    static Line parts(ProjectView v, Person person) {
        List<Object> marks = new ArrayList<>();
        for (Part part : person.parts()) {
            String name = v.t("part." + part.kind().keyword());
            String period = period(v, part);
            marks.add(marks.isEmpty() ? null : " ");
            if (person.holds(part.kind(), v.now())) {
                marks.add(new Inline.Mark(part.kind() == Part.Kind.DECIDES ? Tone.DONE : Tone.NEUTRAL, name));
                if (period != null) {
                    marks.add(" ");
                    marks.add(new Inline.Muted(period));
                }
            } else {
                marks.add(new Inline.Muted(period == null ? name : name + " " + period));
            }
        }
        if (marks.isEmpty()) {
            marks.add(new Inline.Muted(v.t("part.other")));
        }
        if (person.left() != null && person.left().at() != null) {
            marks.add(" ");
            boolean gone = person.leftBy(v.now());
            marks.add(new Inline.Mark(gone ? Tone.NEUTRAL : Tone.AMBER,
                    v.t(gone ? "people.left" : "people.leaves", v.day(person.left().day()))));
        }
        for (Absence absence : person.away()) {
            if (absence.valid() && absence.end().isAfter(v.now())) {
                marks.add(" ");
                marks.add(new Inline.Muted(v.t("people.away", v.day(absence.from()),
                        v.day(absence.until()))));
            }
        }
        return Line.of(marks.toArray());
    }

    private static String period(ProjectView v, Part part) {
        String since = part.since() == null || part.since().date() == null ? null : v.day(part.since().date());
        String until = part.until() == null || part.until().date() == null ? null : v.day(part.until().date());
        if (since != null && until != null) {
            return v.t("part.fromTo", since, until);
        }
        if (since != null) {
            return v.t("part.since", since);
        }
        return until == null ? null : v.t("part.until", until);
    }

    private static Line contacts(Member member) {
        List<Object> parts = new ArrayList<>();
        for (Object detail : new Object[] {member.email(), member.phone()}) {
            if (detail instanceof Text text) {
                parts.add(parts.isEmpty() ? null : " ");
                parts.add(new Inline.Muted(text.value()));
            }
        }
        return parts.isEmpty() ? Line.of("—") : Line.of(parts.toArray());
    }

    private static Line channel(ProjectView v, Person person) {
        List<Object> parts = new ArrayList<>();
        if (person.prefers() != null) {
            parts.add(v.kind(person.prefers()));
            if (person.prefersChannel() != null) {
                parts.add(" ");
                parts.add(new Inline.Muted(person.prefersChannel().value()));
            }
        }
        for (Object detail : new Object[] {person.email(), person.phone()}) {
            if (detail instanceof Text text) {
                parts.add(parts.isEmpty() ? null : " ");
                parts.add(new Inline.Muted(text.value()));
            }
        }
        return parts.isEmpty() ? Line.of("—") : Line.of(parts.toArray());
    }

    /** The latest touch with the person that has happened by now. */
    static Touch last(ProjectView v, Person person) {
        return v.project().lastTouchWith(person.id().text(), v.now());
    }

    private static Line lastTouch(ProjectView v, Person person) {
        Touch last = last(v, person);
        if (last == null) {
            return Line.of(new Inline.Muted(v.t("people.never")));
        }
        return Line.of(v.when(last.when()), " ", new Inline.Muted(v.kind(last.kind())));
    }

    /** The verdict of {@code touch-gap} on the person, as the rule sees it ({@link Silence}). */
    private static Line cadence(ProjectView v, Person person) {
        if (!person.isKeyAt(v.now()) || !TouchGap.INFO.appliesTo(v.project().status())) {
            return Line.of(new Inline.Muted("—"));
        }
        Silence silence = Silence.of(v.rules(), person);
        if (silence.lastTouch() == null) {
            return silence.broken() ? Line.of(new Inline.Mark(Tone.RED, v.t("cadence.never")))
                    : Line.of(new Inline.Muted(v.t("cadence.notYet")));
        }
        long days = Duration.between(silence.lastTouch().at(), v.now()).toDays();
        if (silence.broken()) {
            return Line.of(new Inline.Mark(Tone.RED, v.t("cadence.broken", days)));
        }
        return Line.of(new Inline.Mark(Tone.GREEN, v.t("cadence.holds", days)));
    }
}
