package org.touchbase.lsp.services;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Day;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Status;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.practice.ActionOverdue;
import org.touchbase.core.rules.practice.ObligationOverdue;
import org.touchbase.core.rules.practice.StepOverdue;
import org.touchbase.core.rules.practice.Unanswered;
import org.touchbase.core.text.Span;
import org.touchbase.core.state.ObligationState;
import org.touchbase.core.state.ReplyState;
import org.touchbase.core.state.Timing;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/**
 * Hints after the deadlines that still matter in an active project, as of
 * its "now": "overdue 3 d", "due today", "in 5 d". A step's {@code due}
 * until it is done, an expectation's {@code due} until it is received, an
 * {@code eta} until the full reply is there, and a summary action's
 * {@code due}.
 */
public final class InlayHintService {

    public List<InlayHint> inlayHints(DocumentContext context, Range range) {
        Span within = range == null ? null : TextEdits.span(context.file(), range);
        List<InlayHint> hints = new ArrayList<>();
        for (Block block : context.document().blocks()) {
            Project project = context.analysis().knowledgeBase().projectOf(block);
            Settings settings = project == null ? null : context.analysis().settings(project);
            if (settings == null) {
                continue;
            }
            // A deadline is hinted where the rule that watches it looks at the project's status.
            Status status = project.status();
            List<Day> deadlines = new ArrayList<>();
            for (Step step : block.steps()) {
                if (!step.done() && StepOverdue.INFO.appliesTo(status)) {
                    deadlines.add(step.due());
                }
            }
            Timing timing = context.analysis().context(project).deadlines();
            for (Expectation expectation : block.expectations()) {
                if (!ObligationState.of(project, expectation, timing).closed()
                        && ObligationOverdue.INFO.appliesTo(status)) {
                    deadlines.add(expectation.due());
                }
            }
            for (Touch touch : block.touches()) {
                if (touch.eta() != null && !answered(project, touch, timing) && Unanswered.INFO.appliesTo(status)) {
                    deadlines.add(touch.eta());
                }
                for (Summary summary : touch.summaries()) {
                    for (Summary.Action action : summary.actions()) {
                        if (!action.done() && ActionOverdue.INFO.appliesTo(status)) {
                            deadlines.add(action.due());
                        }
                    }
                }
            }
            for (Day day : deadlines) {
                if (day == null || !day.valid()
                        || (within != null && (day.span().end() < within.start() || day.span().end() > within.end()))) {
                    continue;
                }
                hints.add(hint(context, day, settings.now(), context.messages()));
            }
        }
        hints.sort((a, b) -> a.getPosition().getLine() != b.getPosition().getLine()
                ? Integer.compare(a.getPosition().getLine(), b.getPosition().getLine())
                : Integer.compare(a.getPosition().getCharacter(), b.getPosition().getCharacter()));
        return hints;
    }

    /** An {@code ack} whose incoming touch has had its full reply: the promised date no longer matters. */
    private static boolean answered(Project project, Touch ack, Timing timing) {
        if (ack.replyTo() == null) {
            return false;
        }
        Touch incoming = project.touch(ack.replyTo().text());
        return incoming != null && ReplyState.of(project, incoming, timing).answered();
    }

    private static InlayHint hint(DocumentContext context, Day day, LocalDateTime now, Messages messages) {
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), day.date());
        String label = days < 0 ? messages.get("lsp.hint.overdue", -days)
                : days == 0 ? messages.get("lsp.hint.today") : messages.get("lsp.hint.in", days);
        InlayHint hint = new InlayHint(TextEdits.position(context.file(), day.span().end()), Either.forLeft(label));
        hint.setPaddingLeft(true);
        return hint;
    }
}
