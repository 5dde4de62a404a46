package org.touchbase.lsp.services;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * A template edit as a snippet, for a client that inserts snippets on the
 * server's behalf: the cursor goes to the first empty string, Tab to each
 * following one and to each date, and finally to the end. Plain LSP has no
 * snippet in a workspace edit that VS Code or Theia apply, so the client
 * says so with the experimental capability {@code touchbase.insertSnippet},
 * and runs the command {@value #COMMAND} {@code [uri, {line, character}, snippet]}
 * itself (the Touchbase extension does, with the editor's {@code insertSnippet}).
 * Other clients get the plain edit.
 */
public final class SnippetEdits {

    /**
     * The client-side command that inserts a snippet: {@code [uri, {line, character}, snippet]}, and
     * {@code {line, character}} of the end when the snippet replaces whole lines.
     */
    public static final String COMMAND = "touchbase.insertSnippet";

    private static final Pattern STOP = Pattern.compile("\"\"|\\d{4}-\\d{2}-\\d{2}");

    private SnippetEdits() {
    }

    /** The text of a template with tab stops in its empty strings and at its dates, and its end last. */
    public static String snippet(String text) {
        String escaped = text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
        Matcher matcher = STOP.matcher(escaped);
        StringBuilder out = new StringBuilder();
        int stop = 0;
        while (matcher.find()) {
            stop++;
            String found = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(found.equals("\"\"")
                    ? "\"$" + stop + "\"" : "${" + stop + ":" + found + "}"));
        }
        matcher.appendTail(out);
        // The end of the template, before its line break: where the user goes on typing.
        return out.length() > 0 && out.charAt(out.length() - 1) == '\n'
                ? out.insert(out.length() - 1, "$0").toString() : out.append("$0").toString();
    }

    /**
     * The command that inserts the one insertion of {@code edit} as a snippet,
     * or null when the edit is not a single insertion.
     */
    public static Command command(String title, WorkspaceEdit edit) {
        JsonObject insertion = insertion(edit);
        if (insertion == null) {
            return null;
        }
        List<Object> arguments = new ArrayList<>(List.of(insertion.get("uri").getAsString(),
                insertion.get("position"), insertion.get("snippet").getAsString()));
        if (insertion.has("end")) {
            arguments.add(insertion.get("end"));
        }
        return new Command(title, COMMAND, arguments);
    }

    /**
     * {@code {uri, position, snippet}} of the one insertion of {@code edit}, or
     * null. Only an insertion at the start of a line becomes a snippet: editors
     * indent a snippet's lines by the text before its position, and the
     * template carries its own indentation. An edit that replaces whole lines
     * (from the start of one line to the start of another) becomes a snippet
     * too, with the {@code end} of what it replaces.
     */
    public static JsonObject insertion(WorkspaceEdit edit) {
        if (edit == null || edit.getChanges() == null || edit.getChanges().size() != 1) {
            return null;
        }
        Map.Entry<String, List<TextEdit>> change = edit.getChanges().entrySet().iterator().next();
        if (change.getValue().size() != 1) {
            return null;
        }
        TextEdit insert = change.getValue().get(0);
        boolean atLineStart = insert.getRange().getStart().getCharacter() == 0;
        boolean insertion = insert.getRange().getStart().equals(insert.getRange().getEnd());
        boolean wholeLines = insert.getRange().getEnd().getCharacter() == 0;
        if (!atLineStart || !(insertion || wholeLines)) {
            return null;
        }
        JsonObject position = new JsonObject();
        position.addProperty("line", insert.getRange().getStart().getLine());
        position.addProperty("character", insert.getRange().getStart().getCharacter());
        JsonObject result = new JsonObject();
        result.addProperty("uri", change.getKey());
        result.add("position", position);
        result.addProperty("snippet", snippet(insert.getNewText()));
        if (!insertion) {
            JsonObject end = new JsonObject();
            end.addProperty("line", insert.getRange().getEnd().getLine());
            end.addProperty("character", 0);
            result.add("end", end);
        }
        return result;
    }
}
