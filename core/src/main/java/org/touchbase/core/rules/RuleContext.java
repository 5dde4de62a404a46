package org.touchbase.core.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;

/** What a rule sees of one project, "now", and where its findings go. */
public final class RuleContext {

    private final Project project;
    private final LocalDateTime now;
    private final Duration respondWithin;
    private final Duration cadence;
    private final List<Finding> sink;
    private RuleInfo rule;

    public RuleContext(Project project, LocalDateTime now, Duration respondWithin, Duration cadence,
            List<Finding> sink) {
        this.project = project;
        this.now = now;
        this.respondWithin = project.respondWithin(respondWithin);
        this.cadence = project.cadence(cadence);
        this.sink = sink;
    }

    void use(RuleInfo info) {
        this.rule = info;
    }

    public Project project() {
        return project;
    }

    public LocalDateTime now() {
        return now;
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /** The reply deadline for incoming touches, the project's own or the configured default. */
    public Duration respondWithin() {
        return respondWithin;
    }

    /** The longest silence allowed with a key person. */
    public Duration cadence() {
        return cadence;
    }

    /** The moment an incoming touch had to be answered by; null without a date. */
    public LocalDateTime replyDeadline(Touch incoming) {
        return incoming.at() == null ? null : incoming.at().plus(respondWithin);
    }

    public void report(Element subject, Span at, String variant, Object... args) {
        String key = variant == null ? "finding." + rule.id() : "finding." + rule.id() + "." + variant;
        sink.add(new Finding(rule.id(), rule.defaultSeverity(), subject.file(), at, Message.of(key, args), subject));
    }

    public void report(Element subject, Object... args) {
        report(subject, subject.focus(), null, args);
    }
}
