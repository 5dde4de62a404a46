package org.touchbase.lsp.services;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Position;
import org.touchbase.core.workspace.Names;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;

/** Highlights the name at the caret in its document: declarations as writes, uses as reads. */
public final class DocumentHighlightService {

    public List<DocumentHighlight> highlights(DocumentContext context, Position position) {
        Names index = context.analysis().knowledgeBase().names();
        Names.Occurrence at = index.at(context.file(), TextEdits.offset(context.file(), position));
        if (at == null) {
            return List.of();
        }
        List<DocumentHighlight> highlights = new ArrayList<>();
        for (Names.Occurrence occurrence : index.in(context.file())) {
            if (occurrence.key().equals(at.key())) {
                highlights.add(new DocumentHighlight(TextEdits.range(context.file(), occurrence.name().span()),
                        occurrence.declaration() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
            }
        }
        return highlights;
    }
}
