package org.touchbase.lsp;

import org.eclipse.lsp4j.Position;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.SyntaxParser;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Names;
import org.touchbase.core.workspace.Project;

/**
 * What a request about one document works on: the workspace's current
 * analysis, the document's model and text, the language of messages, and
 * the workspace that keeps the document's parse tree (null outside a
 * server, as in the services' own tests: the tree is then parsed anew).
 */
public record DocumentContext(String uri, Analysis analysis, Document document, Messages messages,
        Workspace workspace) {

    public SourceFile file() {
        return document.file();
    }

    /** The document's tokens and parse tree, for the features that work on the text as written. */
    public ParsedFile syntax() {
        return workspace == null ? SyntaxParser.parse(file()) : workspace.syntax(file());
    }

    /** Every declaration and use of a name in the workspace, as the linker resolved them. */
    public Names names() {
        return analysis.knowledgeBase().names();
    }

    /** The name at an LSP position of the document (its end counts as on it), or null. */
    public Names.Occurrence nameAt(Position position) {
        return names().at(file(), TextEdits.offset(file(), position));
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
