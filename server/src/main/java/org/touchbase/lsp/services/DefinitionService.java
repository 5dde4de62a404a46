package org.touchbase.lsp.services;

import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.touchbase.core.workspace.Names;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/**
 * Go to definition: from a use of a person, touch, agreement, expectation or
 * project to the declaration that counts, in whatever file it is. On a
 * declaration it answers that declaration (the first one, for a duplicate).
 */
public final class DefinitionService {

    public List<Location> definition(DocumentContext context, Position position) {
        Names index = context.analysis().knowledgeBase().names();
        Names.Occurrence at = index.at(context.file(), TextEdits.offset(context.file(), position));
        if (at == null) {
            return List.of();
        }
        Names.Occurrence declaration = index.declaration(at.key());
        if (declaration == null) {
            return List.of();
        }
        return List.of(location(declaration));
    }

    static Location location(Names.Occurrence occurrence) {
        return new Location(occurrence.file().id(), TextEdits.range(occurrence.file(), occurrence.name().span()));
    }
}
