package org.touchbase.core.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.Span;
import org.touchbase.core.time.Term;
import org.touchbase.core.time.WorkCalendar;
import org.touchbase.core.workspace.Project;

/**
 * What a rule sees of one project, "now", the project's terms (its own or
 * the configured defaults) and working days, and where its findings go.
 * Editors and documents ask the same questions through it (a reply
 * deadline, whether a deadline has passed), so they never disagree with the
 * rules.
 */
public final class RuleContext {

    private final Project project;
    private final Settings settings;
    private final LocalDateTime now;
    private final Term respondWithin;
    private final Term cadence;
    private final List<Finding> sink;
    private RuleInfo rule;

    public RuleContext(Project project, Settings settings, List<Finding> sink) {
        this.project = project;
        this.settings = settings;
        this.now = settings.now();
        this.respondWithin = project.respondWithin(settings.respondWithin());
        this.cadence = project.cadence(settings.cadence());
        this.sink = sink;
    }

    void use(RuleInfo info) {
        this.rule = info;
    }

    public Project project() {
        return project;
    }

    public Settings settings() {
        return settings;
    }

    public LocalDateTime now() {
        return now;
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    public WorkCalendar calendar() {
        return settings.calendar();
    }

    /** The reply deadline for incoming touches, the project's own or the configured default. */
    public Term respondWithin() {
        return respondWithin;
    }

    /** The longest silence allowed with a key person. */
    public Term cadence() {
        return cadence;
    }

    /** The moment {@code term} ends when it starts at {@code from}, in this project's working days. */
    public LocalDateTime after(LocalDateTime from, Term term) {
        return term.after(from, settings.calendar());
    }

    /** The moment an incoming touch had to be answered by; null without a date. */
    public LocalDateTime replyDeadline(Touch incoming) {
        return incoming.at() == null ? null : after(incoming.at(), respondWithin);
    }

    /** A deadline has passed when "now" is at or after it. */
    public boolean passed(LocalDateTime deadline) {
        return deadline != null && !now.isBefore(deadline);
    }

    public void report(Element subject, Span at, String variant, Object... args) {
        String key = variant == null ? "finding." + rule.id() : "finding." + rule.id() + "." + variant;
        sink.add(new Finding(rule.id(), rule.defaultSeverity(), subject.file(), at, Message.of(key, args), subject));
    }

    public void report(Element subject, Object... args) {
        report(subject, subject.focus(), null, args);
    }
}
