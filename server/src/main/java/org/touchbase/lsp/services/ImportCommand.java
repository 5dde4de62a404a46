package org.touchbase.lsp.services;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.config.Config;
import org.touchbase.core.text.SourceFile;
import org.touchbase.importer.DiskWorkspace;
import org.touchbase.importer.ImportOptions;
import org.touchbase.importer.ImportResult;
import org.touchbase.importer.Importer;
import org.touchbase.lsp.ServerSettings;
import org.touchbase.lsp.Uris;

/**
 * {@code touchbase.import [{paths, dryRun?, withNotes?, into?}]}: imports
 * mail and calendar files (URIs or paths) into the first workspace folder,
 * as {@code touchbase import} does, and answers
 * {@code {summary, changed, added, problems}}: the summary in the
 * editor's language and the URIs of the files written.
 */
public final class ImportCommand {

    public static final String ID = "touchbase.import";

    /** The command's arguments. */
    public record Arguments(List<String> paths, boolean dryRun, boolean withNotes, String into) {
    }

    /** What the command answers. */
    public record Result(String summary, List<String> changed, int added, int problems) {
    }

    private ImportCommand() {
    }

    public static Arguments parse(List<Object> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            throw new IllegalArgumentException("expected [{paths, dryRun?, withNotes?, into?}]");
        }
        Gson gson = new Gson();
        JsonElement first = arguments.get(0) instanceof JsonElement element ? element : gson.toJsonTree(arguments.get(0));
        if (!first.isJsonObject() || !first.getAsJsonObject().has("paths")
                || !first.getAsJsonObject().get("paths").isJsonArray()) {
            throw new IllegalArgumentException("expected [{paths, dryRun?, withNotes?, into?}]");
        }
        JsonObject object = first.getAsJsonObject();
        List<String> paths = new ArrayList<>();
        for (JsonElement path : object.getAsJsonArray("paths")) {
            paths.add(path.getAsString());
        }
        return new Arguments(paths, flag(object, "dryRun"), flag(object, "withNotes"),
                object.has("into") && object.get("into").isJsonPrimitive() ? object.get("into").getAsString() : null);
    }

    private static boolean flag(JsonObject object, String name) {
        return object.has(name) && object.get(name).isJsonPrimitive() && object.get(name).getAsBoolean();
    }

    /** Runs the import into the first workspace folder; null when the server has no folder. */
    public static Result run(ServerSettings settings, Arguments arguments) throws IOException {
        if (settings.roots().isEmpty()) {
            return null;
        }
        Path root = settings.roots().get(0);
        Config config = settings.configFor(new SourceFile(Uris.fromPath(root.resolve(Config.FILE_NAME)), ""));
        LocalDateTime now = config.today() != null ? config.today()
                : LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        ImportOptions options = new ImportOptions(arguments.into() == null ? null : path(arguments.into()),
                arguments.dryRun(), arguments.withNotes(), now,
                config.timezone() != null ? config.timezone() : ZoneId.systemDefault(), DiskWorkspace.ourAddresses(root));
        DiskWorkspace workspace = DiskWorkspace.read(root);
        ImportResult result = Importer.run(workspace.knowledgeBase(), workspace.paths()::get,
                arguments.paths().stream().map(ImportCommand::path).toList(), options);
        List<String> changed = result.changedFiles().stream().map(p -> Uris.fromPath(p.toAbsolutePath())).toList();
        return new Result(result.render(settings.messages()), changed, result.added(), result.problems().size());
    }

    private static Path path(String uriOrPath) {
        Path path = uriOrPath.startsWith("file:") ? Uris.toPath(uriOrPath) : null;
        return path != null ? path : Path.of(uriOrPath);
    }
}
