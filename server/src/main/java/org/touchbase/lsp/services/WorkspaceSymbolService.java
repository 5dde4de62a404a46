package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.workspace.Names;
import org.touchbase.core.workspace.Reference;

/**
 * Workspace symbols: every declared project, person, touch with an id,
 * agreement, expectation, plan step and goal with an id. A symbol matches
 * when the query's characters appear in its name in order (ignoring case),
 * or when its title or full name contains the query.
 */
public final class WorkspaceSymbolService {

    static final int LIMIT = 1000;

    public List<WorkspaceSymbol> symbols(Analysis analysis, String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<WorkspaceSymbol> result = new ArrayList<>();
        for (Names.Occurrence occurrence : analysis.knowledgeBase().names().all()) {
            if (!occurrence.declaration()) {
                continue;
            }
            String name = occurrence.name().text();
            String title = title(occurrence.element());
            if (!matches(name.toLowerCase(Locale.ROOT), wanted)
                    && (title == null || !title.toLowerCase(Locale.ROOT).contains(wanted))) {
                continue;
            }
            Location location = DefinitionService.location(occurrence);
            WorkspaceSymbol symbol = new WorkspaceSymbol(name, kind(occurrence.key().kind()), Either.forLeft(location),
                    occurrence.key().kind() == Reference.Kind.PROJECT ? null : occurrence.key().scope());
            result.add(symbol);
            if (result.size() >= LIMIT) {
                break;
            }
        }
        return result;
    }

    /** The query's characters in order, e.g. {@code brbk} matches {@code brandbook}. */
    static boolean matches(String name, String query) {
        int at = 0;
        for (int i = 0; i < name.length() && at < query.length(); i++) {
            if (name.charAt(i) == query.charAt(at)) {
                at++;
            }
        }
        return at == query.length();
    }

    private static String title(Element element) {
        Text text = null;
        if (element instanceof Block block) {
            text = block.title();
        } else if (element instanceof Person person) {
            text = person.fullName();
        } else if (element instanceof Touch touch) {
            text = touch.title();
        } else if (element instanceof Agreement agreement) {
            text = agreement.text();
        } else if (element instanceof Expectation expectation) {
            text = expectation.title();
        } else if (element instanceof Step step) {
            text = step.title();
        } else if (element instanceof Goal goal) {
            text = goal.text();
        }
        return text == null ? null : text.value();
    }

    static SymbolKind kind(Reference.Kind kind) {
        return switch (kind) {
            case PROJECT -> SymbolKind.Module;
            case PERSON -> SymbolKind.Object;
            case TOUCH -> SymbolKind.Event;
            case AGREEMENT -> SymbolKind.Key;
            case EXPECTATION -> SymbolKind.Field;
            case STEP -> SymbolKind.Function;
            case GOAL -> SymbolKind.Constant;
        };
    }
}
