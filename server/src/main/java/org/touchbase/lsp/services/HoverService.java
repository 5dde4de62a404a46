package org.touchbase.lsp.services;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Suppression;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;
import org.touchbase.core.workspace.Reference;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/**
 * Hovers: the card of a person, a touch, an agreement, an expectation or a
 * project, at its declaration or at any reference to it, and the rule's
 * card on a rule id in a suppression comment.
 */
public final class HoverService {

    public Hover hover(DocumentContext context, Position position, CancelChecker cancel) {
        SourceFile file = context.file();
        if (!TextRanges.valid(file, position)) {
            return null;
        }
        int offset = TextEdits.offset(file, position);
        Cards cards = new Cards(context.analysis(), context.messages());
        for (Suppression suppression : context.document().suppressions()) {
            for (Name rule : suppression.rules()) {
                RuleInfo info = Rules.info(rule.text());
                if (rule.span().contains(offset) && info != null) {
                    return hover(file, rule.span(), cards.rule(info));
                }
            }
        }
        cancel.checkCanceled();
        for (Reference reference : context.analysis().knowledgeBase().references()) {
            if (reference.file().equals(file) && reference.name().span().contains(offset)) {
                String card = card(cards, reference.project(), reference.target());
                if (card == null && reference.kind() == Reference.Kind.PROJECT && reference.project() != null) {
                    card = cards.project(reference.project());
                }
                return card == null ? null : hover(file, reference.name().span(), card);
            }
        }
        cancel.checkCanceled();
        Block block = context.blockAt(offset);
        if (block == null) {
            return null;
        }
        Project project = context.analysis().knowledgeBase().projectOf(block);
        if (block.name() != null && block.name().span().contains(offset) && project != null) {
            return hover(file, block.name().span(), cards.project(project));
        }
        for (Person person : block.people()) {
            Span name = person.fullName() == null ? person.id().span()
                    : Span.cover(person.id().span(), person.fullName().span());
            if (name.contains(offset)) {
                return hover(file, name, cards.person(project, person));
            }
        }
        for (Member member : block.members()) {
            Span name = member.fullName() == null ? member.id().span()
                    : Span.cover(member.id().span(), member.fullName().span());
            if (name.contains(offset)) {
                return hover(file, name, cards.member(member));
            }
        }
        for (Touch touch : block.touches()) {
            for (Agreement agreement : touch.agreements()) {
                if (agreement.id().span().contains(offset)) {
                    return hover(file, agreement.id().span(), cards.agreement(project, agreement));
                }
            }
            if (touch.header().contains(offset)) {
                return hover(file, touch.header(), cards.touch(project, touch));
            }
            for (org.touchbase.core.model.Summary summary : touch.summaries()) {
                for (org.touchbase.core.model.Summary.Action action : summary.actions()) {
                    Span head = actionHead(action);
                    if (head.contains(offset)) {
                        return hover(file, head, cards.action(project, action));
                    }
                }
            }
        }
        for (Expectation expectation : block.expectations()) {
            if (expectation.id().span().contains(offset)) {
                return hover(file, expectation.id().span(), cards.expectation(project, expectation));
            }
        }
        return null;
    }

    private static String card(Cards cards, Project project, Element target) {
        if (target instanceof Person person) {
            return cards.person(project, person);
        } else if (target instanceof Member member) {
            return cards.member(member);
        } else if (target instanceof Touch touch) {
            return cards.touch(project, touch);
        } else if (target instanceof Agreement agreement) {
            return cards.agreement(project, agreement);
        } else if (target instanceof Expectation expectation) {
            return cards.expectation(project, expectation);
        } else if (target instanceof org.touchbase.core.model.Summary.Action action) {
            return cards.action(project, action);
        }
        return null;
    }

    private static Hover hover(SourceFile file, Span span, String markdown) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), TextEdits.range(file, span));
    }

    /** From {@code action} to the end of its id, or of its text: where an action's card is offered. */
    private static Span actionHead(org.touchbase.core.model.Summary.Action action) {
        int start = action.span().start();
        if (action.id() != null) {
            return new Span(start, action.id().span().end());
        }
        return action.text() != null ? new Span(start, action.text().span().end())
                : new Span(start, start + "action".length());
    }
}
