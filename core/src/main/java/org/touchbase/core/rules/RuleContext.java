package org.touchbase.core.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.state.ActionState;
import org.touchbase.core.state.AgreementState;
import org.touchbase.core.state.Deadlines;
import org.touchbase.core.state.ObligationState;
import org.touchbase.core.state.QuestionState;
import org.touchbase.core.state.ReplyState;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;

/** What a rule sees of one project, "now", and where its findings go. */
public final class RuleContext {

    private final Project project;
    private final Deadlines deadlines;
    private final List<Finding> sink;
    private RuleInfo rule;

    public RuleContext(Project project, Deadlines deadlines, List<Finding> sink) {
        this.project = project;
        this.deadlines = deadlines;
        this.sink = sink;
    }

    void use(RuleInfo info) {
        this.rule = info;
    }

    public Project project() {
        return project;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public LocalDateTime now() {
        return deadlines.now();
    }

    public LocalDate today() {
        return deadlines.today();
    }

    /** The reply deadline for incoming touches, the project's own or the configured default. */
    public Duration respondWithin() {
        return deadlines.respondWithin();
    }

    /** The longest silence allowed with a key person. */
    public Duration cadence() {
        return deadlines.cadence();
    }

    /** How often to chase what the client owes and our open questions. */
    public Duration remindEvery() {
        return deadlines.remindEvery();
    }

    /** How soon an agreement made in a spoken touch is to be confirmed in writing. */
    public Duration confirmWithin() {
        return deadlines.confirmWithin();
    }

    /** The moment an incoming touch had to be answered by; null without a date. */
    public LocalDateTime replyDeadline(Touch incoming) {
        return deadlines.replyDeadline(incoming.at());
    }

    public ReplyState replies(Touch incoming) {
        return ReplyState.of(project, incoming, deadlines);
    }

    public AgreementState agreement(Agreement agreement) {
        return AgreementState.of(project, agreement, deadlines);
    }

    public ObligationState obligation(Expectation expectation) {
        return ObligationState.of(project, expectation, deadlines);
    }

    public ActionState action(Summary.Action action) {
        return ActionState.of(project, action, deadlines);
    }

    public QuestionState question(Touch question) {
        return QuestionState.of(project, question, deadlines);
    }

    public void report(Element subject, Span at, String variant, Object... args) {
        String key = variant == null ? "finding." + rule.id() : "finding." + rule.id() + "." + variant;
        sink.add(new Finding(rule.id(), rule.defaultSeverity(), subject.file(), at, Message.of(key, args), subject));
    }

    public void report(Element subject, Object... args) {
        report(subject, subject.focus(), null, args);
    }
}
