package org.touchbase.lsp.services;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.touchbase.core.model.Block;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;
import org.touchbase.lsp.Uris;
import org.touchbase.report.ReportGenerator;

/**
 * {@code touchbase.report [uri, {line, character}?, outputUri?]}: the status
 * document (HTML) of the project at the position — or the document's first
 * project — returned as a string for a live preview, or written to
 * {@code outputUri} (then the answer is that URI). Null when the document
 * holds no project.
 */
public final class ReportCommand {

    public static final String ID = "touchbase.report";

    /** The command's arguments. */
    public record Arguments(String uri, Position position, String output) {
    }

    private ReportCommand() {
    }

    public static Arguments parse(List<Object> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            throw new IllegalArgumentException("expected [uri, {line, character}?, outputUri?]");
        }
        Gson gson = new Gson();
        String uri = text(gson.toJsonTree(arguments.get(0)));
        Position position = null;
        String output = null;
        for (Object argument : arguments.subList(1, arguments.size())) {
            JsonElement json = argument instanceof JsonElement element ? element : gson.toJsonTree(argument);
            if (json.isJsonObject()) {
                JsonObject at = json.getAsJsonObject();
                if (at.has("line") && at.has("character")) {
                    position = new Position(at.get("line").getAsInt(), at.get("character").getAsInt());
                }
            } else if (json.isJsonPrimitive()) {
                output = json.getAsString();
            }
        }
        if (uri == null) {
            throw new IllegalArgumentException("the first argument is the document's URI");
        }
        return new Arguments(uri, position, output);
    }

    private static String text(JsonElement json) {
        return json != null && json.isJsonPrimitive() ? json.getAsString() : null;
    }

    /** The HTML of the project, or the URI it was written to; null without a project. */
    public static String run(DocumentContext context, Arguments arguments) {
        Project project = null;
        if (arguments.position() != null) {
            project = context.projectAt(TextEdits.offset(context.file(), arguments.position()));
        }
        for (Block block : context.document().blocks()) {
            if (project == null) {
                project = context.analysis().knowledgeBase().projectOf(block);
            }
        }
        if (project == null) {
            return null;
        }
        String html = ReportGenerator.projectHtml(context.analysis(), project, context.messages());
        if (arguments.output() == null) {
            return html;
        }
        Path path = Uris.toPath(arguments.output());
        if (path == null) {
            path = Path.of(arguments.output());
        }
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the report to " + path + ": " + e.getMessage());
        }
        return Uris.fromPath(path);
    }
}
