package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.rules.practice.ActionOverdue;
import org.touchbase.core.rules.practice.KeyPersonLeaving;
import org.touchbase.core.rules.practice.MeetingWithoutSummary;
import org.touchbase.core.rules.practice.NoDecisionMaker;
import org.touchbase.core.rules.practice.ObligationOverdue;
import org.touchbase.core.rules.practice.StaleStatus;
import org.touchbase.core.rules.practice.Unanswered;
import org.touchbase.core.rules.practice.UnrecordedAgreement;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;
import org.touchbase.lsp.services.actions.ActionContext;
import org.touchbase.lsp.services.actions.ActionOverdueAction;
import org.touchbase.lsp.services.actions.CodeActionParticipant;
import org.touchbase.lsp.services.actions.ConfirmAgreementAction;
import org.touchbase.lsp.services.actions.DecisionMakerAction;
import org.touchbase.lsp.services.actions.DidYouMeanAction;
import org.touchbase.lsp.services.actions.ReminderAction;
import org.touchbase.lsp.services.actions.ReplyAction;
import org.touchbase.lsp.services.actions.StatusAction;
import org.touchbase.lsp.services.actions.SummaryAction;
import org.touchbase.lsp.services.actions.SuppressAction;
import org.touchbase.lsp.services.actions.TakeOverAction;
import org.touchbase.lsp.services.actions.UnusedSuppressionAction;

/**
 * Code actions (docs/reference.md, Code actions): the quick fixes of the findings under the
 * cursor, each attached to its diagnostic, and the refactorings offered at
 * the cursor. Each family of quick fixes is one participant, registered for
 * its rule; the suppression comment comes last, for any configurable rule.
 */
public final class CodeActionService {

    /** The kinds of action this service offers. */
    public static final List<String> KINDS = List.of(CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite);

    /** The quick fixes of each rule, keyed by the rule's info as LemMinX keys them by error code. */
    private final Map<RuleInfo, CodeActionParticipant> quickFixes = new LinkedHashMap<>();
    /** Offered on every finding of a configurable rule, after the rule's own fixes. */
    private final CodeActionParticipant suppress = new SuppressAction();
    private final List<CodeActionParticipant> participants = new ArrayList<>();
    private final DiagnosticsService diagnostics = new DiagnosticsService();

    public CodeActionService() {
        register(MeetingWithoutSummary.INFO, new SummaryAction());
        register(UnrecordedAgreement.INFO, new ConfirmAgreementAction());
        register(Unanswered.INFO, new ReplyAction());
        register(ObligationOverdue.INFO, new ReminderAction());
        register(ActionOverdue.INFO, new ActionOverdueAction());
        register(NoDecisionMaker.INFO, new DecisionMakerAction());
        register(KeyPersonLeaving.INFO, new TakeOverAction());
        register(StaleStatus.INFO, new StatusAction());
        register(Rules.UNKNOWN_REFERENCE, new DidYouMeanAction());
        register(Rules.UNUSED_SUPPRESSION, new UnusedSuppressionAction());
        participants.add(suppress);
    }

    private void register(RuleInfo rule, CodeActionParticipant participant) {
        quickFixes.put(rule, participant);
        participants.add(participant);
    }

    public List<Either<Command, CodeAction>> codeActions(DocumentContext context, Range range,
            List<Diagnostic> clientDiagnostics, List<String> only, CancelChecker cancel) {
        SourceFile file = context.file();
        if (range == null || range.getStart().getLine() < 0 || range.getStart().getLine() >= file.lineCount()) {
            return List.of();
        }
        Span span = TextEdits.span(file, range);
        List<Finding> findings = new ArrayList<>();
        Map<Finding, Diagnostic> shown = new IdentityHashMap<>();
        for (Finding finding : context.analysis().findingsIn(file)) {
            Diagnostic fromClient = sent(file, finding, clientDiagnostics);
            if (fromClient != null || (finding.span().start() <= span.end() && span.start() <= finding.span().end())) {
                findings.add(finding);
                shown.put(finding, fromClient != null ? fromClient : diagnostics.diagnostic(finding, context.messages()));
            }
        }
        ActionContext actions = new ActionContext(context, span, findings);
        List<CodeAction> found = new ArrayList<>();
        for (Map.Entry<RuleInfo, CodeActionParticipant> fixes : quickFixes.entrySet()) {
            for (Finding finding : findings) {
                if (fixes.getKey().owns(finding)) {
                    cancel.checkCanceled();
                    fixes.getValue().quickFixes(actions, finding, shown.get(finding), found);
                }
            }
        }
        for (Finding finding : findings) {
            cancel.checkCanceled();
            suppress.quickFixes(actions, finding, shown.get(finding), found);
        }
        for (CodeActionParticipant participant : participants) {
            cancel.checkCanceled();
            participant.refactorings(actions, found);
        }
        List<Either<Command, CodeAction>> result = new ArrayList<>();
        for (CodeAction action : found) {
            if (wanted(action, only)) {
                result.add(Either.forRight(action));
            }
        }
        return result;
    }

    /** The client's diagnostic for a finding: same rule, same range. */
    private static Diagnostic sent(SourceFile file, Finding finding, List<Diagnostic> clientDiagnostics) {
        if (clientDiagnostics == null) {
            return null;
        }
        Range range = null;
        for (Diagnostic diagnostic : clientDiagnostics) {
            if (diagnostic.getCode() == null || !finding.rule().equals(diagnostic.getCode().getLeft())) {
                continue;
            }
            if (range == null) {
                range = TextEdits.range(file, finding.span());
            }
            if (range.equals(diagnostic.getRange())) {
                return diagnostic;
            }
        }
        return null;
    }

    private static boolean wanted(CodeAction action, List<String> only) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String kind : only) {
            if (action.getKind().equals(kind) || action.getKind().startsWith(kind + ".")) {
                return true;
            }
        }
        return false;
    }
}
