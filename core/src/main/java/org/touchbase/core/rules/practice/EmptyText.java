package org.touchbase.core.rules.practice;

import java.util.List;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Absence;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Scenario;
import org.touchbase.core.model.Source;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.PracticeRule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.RuleInfo;

/**
 * 2.5.4 Sum up: a text left empty or blank where one is expected — most
 * often a placeholder of the summary template nobody filled in.
 */
public final class EmptyText extends PracticeRule {

    public static final RuleInfo INFO = RuleInfo.practice("empty-text", Severity.WARNING, "2.5.4");

    public EmptyText() {
        super(INFO);
    }

    @Override
    public void check(RuleContext context) {
        for (Block block : context.project().blocks()) {
            check(context, block, block.title(), "project");
            check(context, block, block.client(), "client");
            check(context, block, block.manager(), "manager");
            for (Goal goal : block.goals()) {
                check(context, goal, goal.text(), "goal");
            }
            for (Person person : block.people()) {
                person(context, person);
            }
            for (Member member : block.members()) {
                member(context, member);
            }
            for (Source source : block.sources()) {
                check(context, source, source.text(), "source");
            }
            for (Step step : block.steps()) {
                check(context, step, step.title(), "step");
            }
            for (Scenario scenario : block.scenarios()) {
                check(context, scenario, scenario.text(), "scenario");
            }
            List<Touch> touches = block.touches();
            for (int i = 0; i < touches.size(); i++) {
                touch(context, touches.get(i));
            }
            for (Expectation expectation : block.expectations()) {
                check(context, expectation, expectation.title(), "expect");
                for (Expectation.Receipt receipt : expectation.receipts()) {
                    check(context, expectation, receipt.partly(), "partly");
                }
            }
        }
    }

    private static void person(RuleContext context, Person person) {
        check(context, person, person.fullName(), "person");
        check(context, person, person.role(), "role");
        for (Goal goal : person.goals()) {
            check(context, goal, goal.text(), "goal");
        }
        check(context, person, person.motivation(), "motivation");
        check(context, person, person.speaks(), "speaks");
        check(context, person, person.email(), "email");
        check(context, person, person.phone(), "phone");
        for (Text note : person.notes()) {
            check(context, person, note, "note");
        }
        check(context, person, person.prefersChannel(), "prefers");
        if (person.left() != null) {
            check(context, person, person.left().note(), "left");
        }
        for (Absence absence : person.away()) {
            check(context, person, absence.note(), "away");
        }
    }

    private static void member(RuleContext context, Member member) {
        check(context, member, member.fullName(), "member");
        check(context, member, member.role(), "role");
        check(context, member, member.email(), "email");
        check(context, member, member.phone(), "phone");
    }

    private static void touch(RuleContext context, Touch touch) {
        check(context, touch, touch.title(), "touch");
        check(context, touch, touch.purpose(), "purpose");
        check(context, touch, touch.benefit(), "benefit");
        // indexed loops: 20,000 touches a project, and an iterator for each of their lists was most of the rule
        List<Agreement> agreements = touch.agreements();
        for (int i = 0; i < agreements.size(); i++) {
            check(context, agreements.get(i), agreements.get(i).text(), "agreed");
        }
        check(context, touch, touch.noreplyReason(), "noreply");
        List<Text> notes = touch.notes();
        for (int i = 0; i < notes.size(); i++) {
            check(context, touch, notes.get(i), "note");
        }
        List<Summary> summaries = touch.summaries();
        for (int s = 0; s < summaries.size(); s++) {
            Summary summary = summaries.get(s);
            List<Text> decisions = summary.decisions();
            for (int i = 0; i < decisions.size(); i++) {
                check(context, summary, decisions.get(i), "decision");
            }
            List<Summary.Action> actions = summary.actions();
            for (int i = 0; i < actions.size(); i++) {
                check(context, actions.get(i), actions.get(i).text(), "action");
            }
            List<Text> questions = summary.questions();
            for (int i = 0; i < questions.size(); i++) {
                check(context, summary, questions.get(i), "question");
            }
        }
    }

    /** A text of no width stands for a string that is missing: that is a syntax error, not an empty text. */
    private static void check(RuleContext context, Element subject, Text text, String keyword) {
        if (text != null && text.isBlank() && text.span().end() > text.span().start()) {
            context.report(subject, text.span(), null, keyword);
        }
    }
}
