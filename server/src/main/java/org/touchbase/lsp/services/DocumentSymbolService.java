package org.touchbase.lsp.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/**
 * The outline of a document: each project or log, and in it the people
 * (with their goals), the project's goals, the plan with its steps, the
 * expectations, and the touches, each with the agreements made in it.
 * Children are in source order, and each symbol's range is its item's own:
 * no group spans several items, because editors take a symbol's first line
 * as the sticky-scroll header of everything in its range (a group of a
 * month's touches made its first one-line touch the header of them all).
 */
public final class DocumentSymbolService {

    public List<DocumentSymbol> symbols(DocumentContext context) {
        SourceFile file = context.file();
        Messages messages = context.messages();
        List<DocumentSymbol> result = new ArrayList<>();
        for (Block block : context.document().blocks()) {
            List<DocumentSymbol> children = new ArrayList<>();
            Project project = context.analysis().knowledgeBase().projectOf(block);
            LocalDate today = project == null ? null : context.analysis().now(project).toLocalDate();
            for (Person person : block.people()) {
                children.add(person(file, person, messages, today));
            }
            for (Member member : block.members()) {
                List<String> detail = new ArrayList<>();
                detail.add(messages.get("lsp.symbol.member"));
                if (member.fullName() != null) {
                    detail.add(0, member.fullName().value());
                }
                if (member.role() != null) {
                    detail.add(member.role().value());
                }
                children.add(symbol(file, member.id().text(), String.join(" · ", detail), SymbolKind.Object,
                        member.span(), member.id().span(), List.of()));
            }
            for (Goal goal : block.goals()) {
                children.add(goal(file, goal));
            }
            for (Span plan : block.plans()) {
                List<DocumentSymbol> steps = new ArrayList<>();
                for (Step step : block.steps()) {
                    if (plan.start() <= step.span().start() && step.span().end() <= plan.end()) {
                        steps.add(symbol(file, step.id().text(), text(step.title()), SymbolKind.Function,
                                step.span(), step.id().span(), List.of()));
                    }
                }
                Span keyword = new Span(plan.start(), Math.min(plan.end(), plan.start() + "plan".length()));
                children.add(symbol(file, "plan", null, SymbolKind.Namespace, plan, keyword, steps));
            }
            for (Expectation expectation : block.expectations()) {
                children.add(symbol(file, expectation.id().text(), text(expectation.title()), SymbolKind.Field,
                        expectation.span(), expectation.id().span(), List.of()));
            }
            for (Touch touch : block.touches()) {
                children.add(touch(file, touch));
            }
            children.sort(Comparator.comparingInt((DocumentSymbol s) -> s.getRange().getStart().getLine())
                    .thenComparingInt(s -> s.getRange().getStart().getCharacter()));
            String name = block.isProject() ? block.name().text() : "log " + block.name().text();
            result.add(symbol(file, name, text(block.title()), SymbolKind.Module, block.span(), block.name().span(),
                    children));
        }
        return result;
    }

    private static DocumentSymbol person(SourceFile file, Person person, Messages messages, LocalDate today) {
        List<String> detail = new ArrayList<>();
        if (person.fullName() != null) {
            detail.add(person.fullName().value());
        }
        if (person.role() != null) {
            detail.add(person.role().value());
        }
        for (Part part : person.parts()) {
            detail.add(Cards.partLabel(part, messages, "lsp.symbol." + part.kind().keyword(), today));
        }
        if (person.left() != null && person.left().day() != null && person.left().day().valid()) {
            detail.add(messages.get("lsp.symbol.left", Cards.day(person.left().day().date(), messages, today)));
        }
        List<DocumentSymbol> goals = new ArrayList<>();
        for (Goal goal : person.goals()) {
            goals.add(goal(file, goal));
        }
        return symbol(file, person.id().text(), detail.isEmpty() ? null : String.join(" · ", detail),
                SymbolKind.Object, person.span(), person.id().span(), goals);
    }

    private static DocumentSymbol goal(SourceFile file, Goal goal) {
        if (goal.id() != null) {
            return symbol(file, goal.id().text(), text(goal.text()), SymbolKind.Constant, goal.span(),
                    goal.id().span(), List.of());
        }
        return symbol(file, shorten(goal.text().value()), null, SymbolKind.Constant, goal.span(), goal.span(),
                List.of());
    }

    private static DocumentSymbol touch(SourceFile file, Touch touch) {
        List<DocumentSymbol> agreements = new ArrayList<>();
        for (Agreement agreement : touch.agreements()) {
            agreements.add(symbol(file, agreement.id().text(), text(agreement.text()), SymbolKind.Key,
                    agreement.span(), agreement.id().span(), List.of()));
        }
        Span selection = touch.id() != null ? touch.id().span() : touch.header();
        return symbol(file, touchName(touch), text(touch.title()), SymbolKind.Event, touch.span(), selection,
                agreements);
    }

    /** A touch as its header says it: {@code q1 2026-09-10 09:40 letter from boris}. */
    static String touchName(Touch touch) {
        List<String> parts = new ArrayList<>();
        if (touch.id() != null) {
            parts.add(touch.id().text());
        }
        if (touch.when() != null) {
            parts.add(touch.file().slice(touch.when().span()).replaceAll("\\s+", " "));
        }
        if (touch.kind() != null) {
            parts.add(touch.kind().keyword());
        }
        if (touch.direction() != null) {
            parts.add(touch.direction().keyword());
        }
        if (!touch.people().isEmpty()) {
            parts.add(touch.people().stream().map(Name::text).collect(Collectors.joining(", ")));
        }
        return parts.isEmpty() ? "touch" : String.join(" ", parts);
    }

    /** A goal without an id is named by its text, on one line and not too long. */
    static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    private static String text(Text text) {
        return text == null ? null : text.value();
    }

    private static DocumentSymbol symbol(SourceFile file, String name, String detail, SymbolKind kind, Span range,
            Span selection, List<DocumentSymbol> children) {
        Span whole = Span.cover(range, selection);
        DocumentSymbol symbol = new DocumentSymbol(name.isBlank() ? "?" : name, kind, TextEdits.range(file, whole),
                TextEdits.range(file, selection), detail);
        symbol.setChildren(children.stream().filter(Objects::nonNull).toList());
        return symbol;
    }
}
