package org.touchbase.lsp.services;

import java.util.List;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Element;
import org.touchbase.core.text.SourceFile;

/**
 * How a file is laid out, so that inserted text looks as if the user had
 * typed it: the line break it uses, the indentation of a line, the
 * indentation unit of a block, and where the line of an item ends.
 */
public final class Layout {

    private static final String DEFAULT_UNIT = "  ";

    private Layout() {
    }

    /** The file's line break: CRLF when it uses them, else LF. */
    public static String newline(SourceFile file) {
        return file.text().contains("\r\n") ? "\r\n" : "\n";
    }

    /** The leading whitespace of the line that holds {@code offset}. */
    public static String indentOf(SourceFile file, int offset) {
        int start = file.lineStart(file.lineOf(offset));
        int end = start;
        String text = file.text();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** True when only spaces or tabs stand before {@code offset} on its line. */
    public static boolean startsLine(SourceFile file, int offset) {
        int start = file.lineStart(file.lineOf(offset));
        return file.text().substring(start, Math.min(offset, file.text().length())).isBlank();
    }

    /** One level of indentation in a block: what its first item on its own line adds to the block's line. */
    /** The indentation unit of a block: what its first indented item adds to the block's own indentation (items are in source order). */
    public static String unit(SourceFile file, Block block) {
        if (block == null) {
            return DEFAULT_UNIT;
        }
        String outer = indentOf(file, block.span().start());
        List<List<? extends Element>> items = List.of(block.people(), block.touches(), block.goals(),
                block.expectations(), block.steps(), block.sources(), block.scenarios());
        int best = Integer.MAX_VALUE;
        String unit = null;
        for (List<? extends Element> kind : items) {
            for (Element item : kind) {
                int start = item.span().start();
                if (start >= best) {
                    break;
                }
                if (startsLine(file, start) && file.lineOf(start) != file.lineOf(block.span().start())) {
                    String inner = indentOf(file, start);
                    if (inner.length() > outer.length() && inner.startsWith(outer)) {
                        best = start;
                        unit = inner.substring(outer.length());
                        break;
                    }
                }
            }
        }
        return unit != null ? unit : file.text().contains("\n\t") ? "\t" : DEFAULT_UNIT;
    }

    /** The indentation of an item of a block: its own line's, or one level in from the block. */
    public static String itemIndent(SourceFile file, Block block, Element item) {
        if (startsLine(file, item.span().start())) {
            return indentOf(file, item.span().start());
        }
        return (block == null ? "" : indentOf(file, block.span().start())) + unit(file, block);
    }

    /**
     * Where to insert a line after an item that ends at {@code end}: the end
     * of its line when only blanks or a line comment follow it there, else
     * {@code end} itself.
     */
    public static int afterLine(SourceFile file, int end) {
        int lineEnd = file.lineEnd(file.lineOf(end));
        String rest = file.text().substring(Math.min(end, lineEnd), lineEnd).strip();
        return rest.isEmpty() || rest.startsWith("//") ? lineEnd : end;
    }

    /** The lines, each indented, joined with the file's line break (no break at the end). */
    public static String lines(SourceFile file, String indent, List<String> lines) {
        StringBuilder out = new StringBuilder();
        String newline = newline(file);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append(newline);
            }
            String line = lines.get(i);
            out.append(line.isEmpty() ? "" : indent + line.replace("\n", newline + indent));
        }
        return out.toString();
    }
}
