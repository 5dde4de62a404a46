package org.touchbase.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.config.Config;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Linker;
import org.touchbase.core.workspace.WorkspaceFiles;

/** The workspace an import writes to, read from a folder: its files, linked, and where each one is. */
public record DiskWorkspace(KnowledgeBase knowledgeBase, Map<SourceFile, Path> paths) {

    /** Reads every {@code .client} file under the folder. */
    public static DiskWorkspace read(Path folder) throws IOException {
        List<Path> files = WorkspaceFiles.find(folder);
        Map<SourceFile, Path> paths = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SourceFile source = new SourceFile(Sources.name(file), text.startsWith("\uFEFF") ? text.substring(1) : text);
            paths.put(source, file);
            documents.add(ModelBuilder.build(source));
        }
        return new DiskWorkspace(Linker.link(documents), paths);
    }

    /**
     * {@code "ourAddresses"} of the folder's {@code touchbase.json}: our own
     * addresses, whole or {@code @domain}. None when there is no such file or key.
     */
    public static List<String> ourAddresses(Path folder) {
        Path file = folder.resolve(Config.FILE_NAME);
        List<String> addresses = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return addresses;
        }
        try {
            JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (root.isJsonObject()) {
                JsonElement value = ((JsonObject) root).get("ourAddresses");
                if (value != null && value.isJsonArray()) {
                    for (JsonElement item : (JsonArray) value) {
                        if (item.isJsonPrimitive()) {
                            addresses.add(item.getAsString());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the check reports a bad configuration; the import just knows no address of ours
        }
        return addresses;
    }
}
