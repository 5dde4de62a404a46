package org.touchbase.report.sections;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Scenario;
import org.touchbase.core.model.Source;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Project;
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
        List<Person> people = ordered(v.project());
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
                    Length.format(v.cadence()))))));
        }
        long backups = people.stream().filter(Person::backup).count();
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

    /** Decision-makers, then backups, then contacts, then everyone else; each group in source order. */
    public static List<Person> ordered(Project project) {
        List<Person> result = new ArrayList<>();
        for (int group = 0; group < 4; group++) {
            for (Person person : project.people()) {
                if (group(person) == group) {
                    result.add(person);
                }
            }
        }
        return result;
    }

    private static int group(Person person) {
        return person.decides() ? 0 : person.backup() ? 1 : person.contact() ? 2 : 3;
    }

    /** The marks of a person's part: decision-maker, backup, contact, or other. */
    static Line parts(ProjectView v, Person person) {
        List<Object> marks = new ArrayList<>();
        if (person.decides()) {
            marks.add(new Inline.Mark(Tone.DONE, v.t("part.decides")));
        }
        if (person.backup()) {
            marks.add(marks.isEmpty() ? null : " ");
            marks.add(new Inline.Mark(Tone.NEUTRAL, v.t("part.backup")));
        }
        if (person.contact()) {
            marks.add(marks.isEmpty() ? null : " ");
            marks.add(new Inline.Mark(Tone.NEUTRAL, v.t("part.contact")));
        }
        if (marks.isEmpty()) {
            marks.add(new Inline.Muted(v.t("part.other")));
        }
        return Line.of(marks.toArray());
    }

    private static Line channel(ProjectView v, Person person) {
        List<Object> parts = new ArrayList<>();
        if (person.prefers() != null) {
            parts.add(v.kind(person.prefers()));
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
        Touch last = null;
        for (Touch touch : v.project().touches()) {
            if (touch.happenedBy(v.now()) && involves(touch, person)
                    && (last == null || touch.at().isAfter(last.at()))) {
                last = touch;
            }
        }
        return last;
    }

    private static boolean involves(Touch touch, Person person) {
        for (Name name : touch.people()) {
            if (name.text().equals(person.id().text())) {
                return true;
            }
        }
        return false;
    }

    private static Line lastTouch(ProjectView v, Person person) {
        Touch last = last(v, person);
        if (last == null) {
            return Line.of(new Inline.Muted(v.t("people.never")));
        }
        return Line.of(v.when(last.when()), " ", new Inline.Muted(v.kind(last.kind())));
    }

    private static Line cadence(ProjectView v, Person person) {
        if (!person.isKey() || !v.project().isActive()) {
            return Line.of(new Inline.Muted("—"));
        }
        Touch last = last(v, person);
        Duration cadence = v.cadence();
        if (last == null) {
            boolean started = v.project().starts() != null && v.project().starts().valid();
            LocalDateTime since = started ? v.project().starts().date().atStartOfDay() : null;
            if (since != null && Duration.between(since, v.now()).compareTo(cadence) > 0) {
                return Line.of(new Inline.Mark(Tone.RED, v.t("cadence.never")));
            }
            return Line.of(new Inline.Muted(v.t("cadence.notYet")));
        }
        Duration silence = Duration.between(last.at(), v.now());
        if (silence.compareTo(cadence) > 0) {
            return Line.of(new Inline.Mark(Tone.RED, v.t("cadence.broken", silence.toDays())));
        }
        return Line.of(new Inline.Mark(Tone.GREEN, v.t("cadence.holds", silence.toDays())));
    }
}
