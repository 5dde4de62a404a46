package org.touchbase.report.sections;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.analysis.Trust;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Day;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Length;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Status;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.model.When;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.state.Timing;
import org.touchbase.core.time.Term;
import org.touchbase.core.workspace.Project;
import org.touchbase.report.Audience;
import org.touchbase.report.Rag;
import org.touchbase.report.TrustHistory;
import org.touchbase.report.doc.Inline;

/**
 * One project as the sections see it: the analysis, "now", the reported and
 * raw findings, and the words and formats every section shares.
 */
public final class ProjectView {

    private final Analysis analysis;
    private final Project project;
    private final Messages messages;
    private final Settings settings;
    private final List<Finding> findings;
    private final List<Finding> raw;
    private final RuleContext rules;
    private final Audience audience;
    private final Shared shared;
    private Map<Object, List<Finding>> rawBySubject;
    private Map<Object, List<Finding>> reportedBySubject;

    public ProjectView(Analysis analysis, Project project, Messages messages) {
        this(analysis, project, messages, Audience.INTERNAL);
    }

    public ProjectView(Analysis analysis, Project project, Messages messages, Audience audience) {
        this(analysis, project, messages, audience, null);
    }

    /**
     * A project as the sections see it, whose agenda and trust history come
     * from what the documents of its report share (this project among its
     * projects); null: made when asked for.
     */
    public ProjectView(Analysis analysis, Project project, Messages messages, Audience audience, Shared shared) {
        this.audience = audience;
        this.shared = shared;
        this.analysis = analysis;
        this.project = project;
        this.messages = messages;
        Settings own = analysis.settings(project);
        this.settings = own != null ? own : Settings.defaults(LocalDateTime.now());
        this.findings = analysis.findingsOf(project);
        Analysis.ProjectResult result = analysis.result(project);
        this.raw = result == null ? List.of() : result.raw();
        this.rules = new RuleContext(project, settings, new ArrayList<>());
    }

    /** The document is for the client: sections leave out marks and notes meant for the team. */
    public boolean forClient() {
        return audience == Audience.CLIENT;
    }

    public Analysis analysis() {
        return analysis;
    }

    public Project project() {
        return project;
    }

    public Messages messages() {
        return messages;
    }

    public LocalDateTime now() {
        return settings.now();
    }

    public LocalDate today() {
        return settings.now().toLocalDate();
    }

    public Settings settings() {
        return settings;
    }

    /** "Now", the project's terms and working days: what every state query of the report is asked with. */
    public Timing deadlines() {
        return rules.deadlines();
    }

    public Term cadence() {
        return project.cadence(settings.cadence());
    }

    /** The project as its rules see it: ask it what the rules would (a deadline, a part now). */
    public RuleContext rules() {
        return rules;
    }

    /** The project's agenda ({@code touchbase agenda} of this project alone). */
    public Agenda agenda() {
        return shared == null ? Agenda.of(analysis, Agenda.DEFAULT_DAYS, List.of(project))
                : shared.agenda(project, now());
    }

    /** How the trust index of the project and its people moved, month by month. */
    public TrustHistory trustHistory() {
        return shared == null ? TrustHistory.of(analysis, project) : shared.history(project);
    }

    /** The colour of the project, as the header and the portfolio show it. */
    public Rag.Result rag() {
        int waiting = project.status() == Status.PAUSED
                ? TouchesSection.waitingForAnswer(this).size() : 0;
        return Rag.of(findings, trust(), waiting);
    }

    /** The findings reported about the project, as {@code check} reports them. */
    public List<Finding> findings() {
        return findings;
    }

    public Trust trust() {
        return analysis.trust(project);
    }

    public Trust trust(Person person) {
        return analysis.trust(project, person);
    }

    /** The rule fired on this element, whether or not it was reported. */
    public boolean fired(RuleInfo rule, Element subject) {
        if (rawBySubject == null) {
            rawBySubject = bySubject(raw);
        }
        return find(rawBySubject, rule, subject) != null;
    }

    /** The rule fired on this element and was reported (not suppressed, not off). */
    public boolean reported(RuleInfo rule, Element subject) {
        if (reportedBySubject == null) {
            reportedBySubject = bySubject(findings);
        }
        return find(reportedBySubject, rule, subject) != null;
    }

    /** Findings by the element they are about (by identity: elements are records), each list in its order. */
    private static Map<Object, List<Finding>> bySubject(List<Finding> list) {
        Map<Object, List<Finding>> index = new IdentityHashMap<>();
        for (Finding finding : list) {
            index.computeIfAbsent(finding.subject(), s -> new ArrayList<>(1)).add(finding);
        }
        return index;
    }

    private static Finding find(Map<Object, List<Finding>> index, RuleInfo rule, Element subject) {
        for (Finding finding : index.getOrDefault(subject, List.of())) {
            if (rule.owns(finding)) {
                return finding;
            }
        }
        return null;
    }

    /** A label of the report: the bundle key {@code report.KEY}. */
    public String t(String key, Object... args) {
        return messages.get("report." + key, args);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    public String date(Day day) {
        return day == null || !day.valid() ? "—" : day.date().toString();
    }

    /** A date in a sentence: "10 Nov", «10 ноября», with the year when it is not this year's (ISO stays in tables). */
    public String day(LocalDate date) {
        return date == null ? "—" : messages.format(Days.on(date, today()));
    }

    /** A date in a sentence; "—" for none. */
    public String day(Day day) {
        return day == null || !day.valid() ? "—" : day(day.date());
    }

    /** A number of days in words, "3 days", «3 дня» (see {@link Durations}). */
    public String days(long days) {
        return messages.format(Durations.of(Term.days(days)));
    }

    /** A date and time in a sentence, "10 Nov, 14:30"; "—" for none. */
    public String moment(When when) {
        if (when == null || !when.valid()) {
            return "—";
        }
        return messages.format(when.hasTime() ? Days.at(when.at(), today()) : Days.on(when.date(), today()));
    }

    public String when(When when) {
        if (when == null || !when.valid()) {
            return "—";
        }
        return when.hasTime() ? when.date() + " " + when.at().toLocalTime() : when.date().toString();
    }

    public String kind(TouchKind kind) {
        return kind == null ? messages.get("kind.other") : messages.get("kind." + kind.keyword());
    }

    public String person(Name reference) {
        if (reference == null) {
            return "—";
        }
        Person person = project.person(reference.text());
        if (person != null) {
            return person.displayName();
        }
        Member member = project.member(reference.text());
        return member != null ? member.displayName() : reference.text();
    }

    public String people(List<Name> references) {
        List<String> names = new ArrayList<>();
        for (Name reference : references) {
            names.add(person(reference));
        }
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    /** The touch's title; for an untitled reply, what it answers; else its kind. */
    public String title(Touch touch) {
        if (touch.title() != null) {
            return touch.title().value();
        }
        if (touch.replyTo() != null) {
            Touch incoming = project.touch(touch.replyTo().text());
            String what = incoming != null && incoming.title() != null ? incoming.title().value()
                    : touch.replyTo().text();
            return t(touch.isAck() ? "touch.ack" : "touch.re", what);
        }
        return kind(touch.kind());
    }

    /** "in 11 d", "today", "3 d ago". */
    public String relative(LocalDate date) {
        if (date == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today(), date);
        return days == 0 ? t("today") : days > 0 ? t("inDays", days) : t("daysAgo", -days);
    }

    /** A span of time as people say it: hours under two days, then days (as the rules say it). */
    public String span(Duration duration) {
        Length.Spoken spoken = Length.spoken(duration);
        return spoken.days() ? t("days", spoken.amount()) : t("hours", spoken.amount());
    }

    public String percent(Trust trust) {
        return trust.known() ? trust.percent() + "%" : t("trust.unknown");
    }

    /** Where a finding points, 1-based: {@code file:line}. */
    /** Where a finding is, {@code file:line}, as a link to the place. */
    public static Inline.Place where(Finding finding) {
        return new Inline.Place(finding.file().id(), finding.file().lineOf(finding.span().start()) + 1);
    }
}
