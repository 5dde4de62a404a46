package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.touchbase.core.workspace.Names;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/** Find references: every use of the name at the caret across the workspace, and its declarations if asked. */
public final class ReferencesService {

    public List<Location> references(DocumentContext context, Position position, boolean includeDeclaration) {
        Names index = context.analysis().knowledgeBase().names();
        Names.Occurrence at = index.at(context.file(), TextEdits.offset(context.file(), position));
        if (at == null) {
            return List.of();
        }
        List<Location> locations = new ArrayList<>();
        for (Names.Occurrence occurrence : index.occurrences(at.key())) {
            if (includeDeclaration || !occurrence.declaration()) {
                locations.add(DefinitionService.location(occurrence));
            }
        }
        return locations;
    }
}
