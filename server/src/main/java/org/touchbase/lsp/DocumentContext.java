package org.touchbase.lsp;

import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;

/**
 * What a request about one document works on: the workspace's current
 * analysis, the document's model and text, and the language of messages.
 */
public record DocumentContext(String uri, Analysis analysis, Document document, Messages messages) {

    public SourceFile file() {
        return document.file();
    }

    /** The block (project or log) that contains the offset, or null between blocks. */
    public Block blockAt(int offset) {
        for (Block block : document.blocks()) {
            if (block.span().start() <= offset && offset <= block.span().end()) {
                return block;
            }
        }
        return null;
    }

    /** The project whose block (or log) contains the offset, or null. */
    public Project projectAt(int offset) {
        Block block = blockAt(offset);
        return block == null ? null : analysis.knowledgeBase().projectOf(block);
    }
}
