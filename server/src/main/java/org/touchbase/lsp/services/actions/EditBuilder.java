package org.touchbase.lsp.services.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.lsp.TextEdits;

/** Collects text edits, possibly in several files, into one workspace edit. */
public final class EditBuilder {

    private final Map<String, List<TextEdit>> changes = new LinkedHashMap<>();

    public EditBuilder insert(SourceFile file, int offset, String text) {
        return replace(file, new Span(offset, offset), text);
    }

    public EditBuilder replace(SourceFile file, Span span, String text) {
        Range range = TextEdits.range(file, span);
        changes.computeIfAbsent(file.id(), uri -> new ArrayList<>()).add(new TextEdit(range, text));
        return this;
    }

    public WorkspaceEdit build() {
        return new WorkspaceEdit(new LinkedHashMap<>(changes));
    }
}
