package org.touchbase.core.syntax;

import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.text.SourceFile;
import org.touchbase.grammar.ClientParser;

/** A file's tokens (all channels, or all but whitespace: see {@link SyntaxParser#parseForModel}), parse tree and syntax findings. */
public record ParsedFile(SourceFile file, CommonTokenStream tokens, ClientParser.FileContext tree,
        List<Finding> findings) {
}
