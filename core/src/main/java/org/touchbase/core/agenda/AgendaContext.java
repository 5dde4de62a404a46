package org.touchbase.core.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Direction;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;

/**
 * What an {@link AgendaSource} sees of one project: "now" and the agenda's
 * window, the rules' queries and reported findings, and where items go.
 */
public final class AgendaContext {

    private final Project project;
    private final RuleContext queries;
    private final Function<Object, List<Finding>> findings;
    private final LocalDate lastDay;
    private final LocalDate lastSoonDay;
    private final List<AgendaItem> sink;
    private Map<Touch, Integer> places;
    private List<Touch> summedUp;

    AgendaContext(Project project, Settings settings, int days, Function<Object, List<Finding>> findings,
            List<AgendaItem> sink) {
        this.project = project;
        this.queries = new RuleContext(project, settings, new ArrayList<>());
        this.findings = findings;
        this.sink = sink;
        LocalDate today = settings.now().toLocalDate();
        this.lastDay = today.plusDays(days);
        LocalDate cadenceEnd = queries.after(settings.now(), queries.cadence()).toLocalDate();
        this.lastSoonDay = cadenceEnd.isAfter(lastDay) ? cadenceEnd : lastDay;
    }

    public Project project() {
        return project;
    }

    /** The project as its rules see it: "now", its terms and working days, and the state queries. */
    public RuleContext queries() {
        return queries;
    }

    public LocalDateTime now() {
        return queries.now();
    }

    public LocalDate today() {
        return queries.today();
    }

    /** The last day of the agenda's window: today plus its days. */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** Whether a rule looks at this project (paused and done projects skip most date-driven rules). */
    public boolean applies(String ruleId) {
        RuleInfo info = Rules.info(ruleId);
        return info != null && info.appliesTo(project.status());
    }

    /** Whether things without a rule of their own (planned touches, the launch) are on the agenda: active projects. */
    public boolean active() {
        return project.isActive();
    }

    /** The reported finding of {@code rule} about {@code subject}, or null (none, suppressed or turned off). */
    public Finding finding(String rule, Element subject) {
        for (Finding finding : findings.apply(subject)) {
            if (finding.rule().equals(rule)) {
                return finding;
            }
        }
        return null;
    }

    /** The display names of the people a touch names. */
    public List<String> names(List<Name> people) {
        List<String> names = new ArrayList<>();
        for (Name name : people) {
            names.add(name(name));
        }
        return names;
    }

    public String name(Name person) {
        return project.nameOf(person == null ? null : person.text());
    }

    /**
     * A touch's identity without its date: its id, or its kind, direction,
     * people and title, and its place among alike touches without an id.
     */
    public String identity(Touch touch) {
        if (touch.id() != null) {
            return "touch:" + touch.id().text();
        }
        Integer place = places().get(touch);
        return "touch:" + alike(touch) + (place == null || place == 0 ? "" : "#" + place);
    }

    /** The touches with a summary that have happened by now, in the project's order, found once. */
    List<Touch> summedUp() {
        if (summedUp == null) {
            List<Touch> found = new ArrayList<>();
            for (Touch touch : project.touches()) {
                if (!touch.summaries().isEmpty() && touch.happenedBy(now())) {
                    found.add(touch);
                }
            }
            summedUp = found;
        }
        return summedUp;
    }

    /** The place of each touch without an id among the alike touches before it, counted in one pass. */
    private Map<Touch, Integer> places() {
        if (places == null) {
            Map<Touch, Integer> found = new IdentityHashMap<>();
            Map<Alike, Integer> seen = new HashMap<>();
            for (Touch touch : project.touches()) {
                if (touch.id() == null) {
                    found.put(touch, seen.merge(Alike.of(touch), 1, Integer::sum) - 1);
                }
            }
            places = found;
        }
        return places;
    }

    /** What makes touches alike: the same kind, direction, title and people, in the same order. */
    private record Alike(TouchKind kind, Direction direction, String title, List<String> people) {
        static Alike of(Touch touch) {
            List<String> people = new ArrayList<>(touch.people().size());
            for (Name person : touch.people()) {
                people.add(person.text());
            }
            return new Alike(touch.kind(), touch.direction(), touch.title() == null ? null : touch.title().value(),
                    people);
        }
    }

    private static String alike(Touch touch) {
        StringBuilder alike = new StringBuilder(touch.kind() == null ? "touch" : touch.kind().keyword()).append(':')
                .append(touch.direction() == null ? "" : touch.direction().name().toLowerCase(Locale.ROOT))
                .append(':');
        for (int i = 0; i < touch.people().size(); i++) {
            alike.append(i == 0 ? "" : ",").append(touch.people().get(i).text());
        }
        return alike.append(':').append(touch.title() == null ? "" : touch.title().value()).toString();
    }

    /**
     * Adds what a rule found, due at {@code date} (and {@code time}): the
     * finding's problem is the "what", its fix the action. It is overdue
     * when that moment has passed; a finding about a day to come (a key
     * person who leaves next month) is listed by that day, however far.
     */
    public void overdue(Finding finding, LocalDate date, LocalTime time, String kind, String identity,
            List<String> people) {
        Message message = finding.message();
        Urgency urgency = urgency(date, time);
        if (urgency == null) {
            urgency = dueMoment(date, time).isAfter(now()) ? Urgency.SOON : Urgency.OVERDUE;
        }
        sink.add(new AgendaItem(urgency, date, time, project, kind, identity, List.copyOf(people),
                Message.problemOf(message), Message.fixOf(message), List.of(), finding.rule(), finding.file(),
                finding.span()));
    }

    /** The day of a deadline moment: midnight is the end of the day before, the rest keep their time. */
    public static LocalDate day(LocalDateTime deadline) {
        return deadline.toLocalTime().equals(LocalTime.MIDNIGHT) ? deadline.toLocalDate().minusDays(1)
                : deadline.toLocalDate();
    }

    /** The time of a deadline moment, or null for the end of a day. */
    public static LocalTime time(LocalDateTime deadline) {
        return deadline.toLocalTime().equals(LocalTime.MIDNIGHT) ? null : deadline.toLocalTime();
    }

    private static LocalDateTime dueMoment(LocalDate date, LocalTime time) {
        return time != null ? date.atTime(time) : date.plusDays(1).atStartOfDay();
    }

    /**
     * Adds something due at a moment still to come, in the group its day
     * falls in; nothing when it is past or beyond the "soon" horizon.
     */
    public void due(LocalDate date, LocalTime time, String kind, String identity, List<String> people,
            Message what, Message action, List<Message> prepare, SourceFile file, Span span) {
        Urgency urgency = urgency(date, time);
        if (urgency != null) {
            sink.add(new AgendaItem(urgency, date, time, project, kind, identity, List.copyOf(people), what, action,
                    List.copyOf(prepare), null, file, span));
        }
    }

    /** Whether something due at {@code date} (and {@code time}) is on the agenda: {@link #due} adds it. */
    boolean listed(LocalDate date, LocalTime time) {
        return urgency(date, time) != null;
    }

    private Urgency urgency(LocalDate date, LocalTime time) {
        if (!dueMoment(date, time).isAfter(now())) {
            return null;
        }
        if (date.equals(today())) {
            return Urgency.TODAY;
        }
        if (!date.isAfter(lastDay)) {
            return Urgency.UPCOMING;
        }
        return date.isAfter(lastSoonDay) ? null : Urgency.SOON;
    }
}
