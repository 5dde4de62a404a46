package org.touchbase.core.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.state.ActionState;
import org.touchbase.core.state.AgreementState;
import org.touchbase.core.state.Timing;
import org.touchbase.core.state.ObligationState;
import org.touchbase.core.state.QuestionState;
import org.touchbase.core.state.ReplyState;
import org.touchbase.core.text.Span;
import org.touchbase.core.time.Term;
import org.touchbase.core.time.WorkCalendar;
import org.touchbase.core.workspace.Project;

/**
 * What a rule sees of one project, "now", the project's terms (its own or
 * the configured defaults) and working days, and where its findings go.
 * Editors and documents ask the same questions through it or through the
 * state queries it hands out (a reply deadline, whether a deadline has
 * passed, where a reply, an agreement, an obligation, an action or a
 * question stands), so they never disagree with the rules.
 */
public final class RuleContext {

    private final Project project;
    private final Settings settings;
    private final Timing deadlines;
    private final List<Finding> sink;
    private RuleInfo rule;

    public RuleContext(Project project, Settings settings, List<Finding> sink) {
        this.project = project;
        this.settings = settings;
        this.deadlines = settings.deadlines(project);
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

    /** "Now", the project's terms and working days. */
    public Timing deadlines() {
        return deadlines;
    }

    public LocalDateTime now() {
        return deadlines.now();
    }

    public LocalDate today() {
        return deadlines.today();
    }

    public WorkCalendar calendar() {
        return deadlines.calendar();
    }

    /** The reply deadline for incoming touches, the project's own or the configured default. */
    public Term respondWithin() {
        return deadlines.respondWithin();
    }

    /** The longest silence allowed with a key person. */
    public Term cadence() {
        return deadlines.cadence();
    }

    /** How often to chase what the client owes and our open questions. */
    public Term remindEvery() {
        return deadlines.remindEvery();
    }

    /** How soon an agreement made in a spoken touch is to be confirmed in writing. */
    public Term confirmWithin() {
        return deadlines.confirmWithin();
    }

    /** The moment {@code term} ends when it starts at {@code from}, in this project's working days. */
    public LocalDateTime after(LocalDateTime from, Term term) {
        return deadlines.after(from, term);
    }

    /** The moment an incoming touch had to be answered by; null without a date. */
    public LocalDateTime replyDeadline(Touch incoming) {
        return deadlines.replyDeadline(incoming.at());
    }

    /** A deadline has passed when "now" is at or after it. */
    public boolean passed(LocalDateTime deadline) {
        return deadlines.passed(deadline);
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
