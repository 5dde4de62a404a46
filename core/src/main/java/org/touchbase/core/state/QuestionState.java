package org.touchbase.core.state;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.workspace.Project;

/**
 * A {@code question} we sent, by "now": the client's answers ({@code re} it),
 * and whether it is still open after {@code remind every}.
 */
public final class QuestionState {

    private final Touch question;
    private final List<Touch> answers;
    private final LocalDateTime askAgain;
    private final Timing deadlines;

    private QuestionState(Touch question, List<Touch> answers, LocalDateTime askAgain, Timing deadlines) {
        this.question = question;
        this.answers = answers;
        this.askAgain = askAgain;
        this.deadlines = deadlines;
    }

    /** A {@code question} touch that we started ({@code to} or {@code with}). */
    public static boolean isOurQuestion(Touch touch) {
        return touch.kind() == TouchKind.QUESTION && touch.direction() != null && touch.direction().isStartedByUs();
    }

    public static QuestionState of(Project project, Touch question, Timing deadlines) {
        List<Touch> answers = new ArrayList<>();
        for (Touch answer : project.repliesTo(question)) {
            if (answer.at() == null || !answer.isPlannedAt(deadlines.now())) {
                answers.add(answer);
            }
        }
        answers.sort(ReplyState.BY_TIME);
        return new QuestionState(question, List.copyOf(answers), deadlines.remindAgain(question.at()), deadlines);
    }

    public Touch question() {
        return question;
    }

    /** The client's answers sent by now, earliest first. */
    public List<Touch> answers() {
        return answers;
    }

    /** The first answer, or null. */
    public Touch answer() {
        return answers.isEmpty() ? null : answers.get(0);
    }

    /** Asked (by now) and not answered. */
    public boolean open() {
        return answers.isEmpty() && question.happenedBy(deadlines.now());
    }

    /** When the open question is to be asked again: its date-time plus {@code remind every}. */
    public LocalDateTime askAgain() {
        return askAgain;
    }

    /** Open, and {@code remind every} has passed since it was asked. */
    public boolean overdue() {
        return open() && deadlines.passed(askAgain);
    }
}
