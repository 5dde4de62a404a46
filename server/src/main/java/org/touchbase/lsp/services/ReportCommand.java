package org.touchbase.lsp.services;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Block;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;
import org.touchbase.lsp.Uris;
import org.touchbase.report.Audience;
import org.touchbase.report.ReportFormat;
import org.touchbase.report.ReportGenerator;

/**
 * {@code touchbase.report [uri, {line, character}?, outputUri?, {audience}?]}: the status
 * document (HTML) of the project at the position — the client's document with
 * {@code {"audience": "client"}}, else the internal one — — or the document's first
 * project — returned as a string for a live preview, or written to
 * {@code outputUri} (then the answer is that URI). Null when the document
 * holds no project. An editor's command writes only an {@code .html} file
 * inside the workspace folders, so never over a {@code .client} file or
 * {@code touchbase.json}, and never elsewhere.
 */
public final class ReportCommand {

    public static final String ID = "touchbase.report";

    /** The command's arguments. */
    public record Arguments(String uri, Position position, String output, Audience audience) {
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
        Audience audience = Audience.INTERNAL;
        for (Object argument : arguments.subList(1, arguments.size())) {
            JsonElement json = argument instanceof JsonElement element ? element : gson.toJsonTree(argument);
            if (json.isJsonObject()) {
                JsonObject at = json.getAsJsonObject();
                if (at.has("line") && at.has("character")) {
                    position = new Position(at.get("line").getAsInt(), at.get("character").getAsInt());
                }
                if ("client".equals(text(at.get("audience")))) {
                    audience = Audience.CLIENT;
                }
            } else if (json.isJsonPrimitive()) {
                output = json.getAsString();
            }
        }
        if (uri == null) {
            throw new IllegalArgumentException("the first argument is the document's URI");
        }
        return new Arguments(uri, position, output, audience);
    }

    /** The path to write to, if it is an {@code .html} file inside a workspace folder (links followed). */
    private static Path allowedOutput(String output, List<Path> roots, Messages messages) {
        Path path = Uris.toPath(output);
        if (path == null) {
            try {
                path = Path.of(output).toAbsolutePath().normalize();
            } catch (RuntimeException e) {
                throw refused(messages.get("lsp.report.notHtml", output));
            }
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".html") || Files.isDirectory(path)
                || (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path,
                        LinkOption.NOFOLLOW_LINKS))) {
            throw refused(messages.get("lsp.report.notHtml", path.toString()));
        }
        Path real = realPath(path);
        for (Path root : roots) {
            Path realRoot = realPath(root);
            if (real.startsWith(realRoot) && !real.equals(realRoot)) {
                return path;
            }
        }
        throw refused(messages.get("lsp.report.outsideWorkspace", path.toString()));
    }

    /** The real path of the nearest existing folder above a path, with the rest joined to it. */
    private static Path realPath(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private static ResponseErrorException refused(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    private static String text(JsonElement json) {
        return json != null && json.isJsonPrimitive() ? json.getAsString() : null;
    }

    /** The HTML of the project, or the URI it was written to; null without a project. */
    public static String run(DocumentContext context, Arguments arguments, List<Path> roots) {
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
        String html = arguments.audience() == Audience.CLIENT
                ? ReportGenerator.clientDocument(context.analysis(), project, context.messages(), ReportFormat.HTML)
                : ReportGenerator.projectHtml(context.analysis(), project, context.messages());
        if (arguments.output() == null) {
            return html;
        }
        Path path = allowedOutput(arguments.output(), roots, context.messages());
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the report to " + path + ": " + e.getMessage());
        }
        return Uris.fromPath(path);
    }
}
