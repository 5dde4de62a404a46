package org.touchbase.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.touchbase.core.analysis.Trust;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Message;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.rules.Severity;
import org.touchbase.report.doc.Tone;

/**
 * The overall red/amber/green of a project, from its reported findings (as
 * {@code check} reports them, after configuration and suppressions) and its
 * trust index. The rule, also in docs/report.md:
 *
 * <ul>
 * <li><b>red</b> when there is an error finding; or {@value #URGENT_LIMIT} or
 * more warnings from the date-driven rules (the project is slipping on several
 * fronts at once); or the trust index is known and below {@value #RED_TRUST}%;</li>
 * <li><b>amber</b> otherwise, when there is a warning, or the trust index is
 * known and below {@value #AMBER_TRUST}%;</li>
 * <li><b>green</b> otherwise: only info and hint findings, or none — and,
 * in a paused project, no client's letter waiting for our answer (a pause
 * checks little, so what waits is shown even before it is late).</li>
 * </ul>
 */
public final class Rag {

    public static final int URGENT_LIMIT = 3;
    public static final int RED_TRUST = 50;
    public static final int AMBER_TRUST = 75;

    /** The date-driven rules: what has gone wrong by now rather than what is missing. */
    public static final Set<String> DATE_DRIVEN = Rules.dateDriven();

    /**
     * The colour, the reasons for it (report bundle keys with arguments) and
     * the findings behind them, most serious first.
     */
    public record Result(Tone tone, List<Message> reasons, List<Evidence> evidence) {
    }

    /** A finding that makes a project less than green, with the colour it adds. */
    public record Evidence(Tone tone, Finding finding) {
    }

    private Rag() {
    }

    public static Result of(List<Finding> findings, Trust trust) {
        return of(findings, trust, 0);
    }

    /** The colour of a project; {@code waitingWhilePaused} client letters wait for our answer in a paused project. */
    public static Result of(List<Finding> findings, Trust trust, int waitingWhilePaused) {
        List<Finding> errors = new ArrayList<>();
        List<Finding> urgent = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
                errors.add(finding);
            } else if (finding.severity() == Severity.WARNING) {
                (DATE_DRIVEN.contains(finding.rule()) ? urgent : warnings).add(finding);
            }
        }
        Integer percent = trust.percent();
        boolean urgentRed = urgent.size() >= URGENT_LIMIT;
        List<Message> red = new ArrayList<>();
        if (!errors.isEmpty()) {
            red.add(Message.of("report.rag.reason.errors", errors.size()));
        }
        if (urgentRed) {
            red.add(Message.of("report.rag.reason.urgent", urgent.size(), URGENT_LIMIT));
        }
        if (percent != null && percent < RED_TRUST) {
            red.add(Message.of("report.rag.reason.trustRed", percent, RED_TRUST));
        }
        List<Message> amber = new ArrayList<>();
        int allWarnings = urgent.size() + warnings.size();
        if (allWarnings > 0) {
            amber.add(Message.of("report.rag.reason.warnings", allWarnings));
        }
        if (percent != null && percent >= RED_TRUST && percent < AMBER_TRUST) {
            amber.add(Message.of("report.rag.reason.trustAmber", percent, AMBER_TRUST));
        }
        if (waitingWhilePaused > 0) {
            amber.add(Message.of("report.rag.reason.waitingPaused", waitingWhilePaused));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Finding finding : errors) {
            evidence.add(new Evidence(Tone.RED, finding));
        }
        for (Finding finding : urgent) {
            evidence.add(new Evidence(urgentRed ? Tone.RED : Tone.AMBER, finding));
        }
        for (Finding finding : warnings) {
            evidence.add(new Evidence(Tone.AMBER, finding));
        }
        Tone tone = !red.isEmpty() ? Tone.RED : !amber.isEmpty() ? Tone.AMBER : Tone.GREEN;
        List<Message> reasons = new ArrayList<>(red);
        reasons.addAll(amber);
        return new Result(tone, List.copyOf(reasons), List.copyOf(evidence));
    }
}
