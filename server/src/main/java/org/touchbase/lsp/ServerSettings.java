package org.touchbase.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Config;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.ConfigReader;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.text.SourceFile;

/**
 * The settings in force: each file's {@code touchbase.json} (searched up to
 * its workspace folder) with the editor's settings layered on top, and the
 * language of messages. Immutable: a change of settings makes a new object.
 */
public final class ServerSettings {

    private static final Set<String> KNOWN = Set.of("today", "locale", "rules", "respondWithin", "cadence",
            "remindEvery", "confirmWithin", "workweek", "holidays");

    private final List<Path> roots;
    private final Config client;
    private final String clientLocale;
    private final ConfigFiles files;
    private final Map<Path, Config> byFolder = new ConcurrentHashMap<>();

    private ServerSettings(List<Path> roots, Config client, String clientLocale, ConfigFiles files) {
        this.roots = List.copyOf(roots);
        this.client = client;
        this.clientLocale = clientLocale;
        this.files = files;
    }

    public static ServerSettings initial(List<Path> roots, String clientLocale) {
        return new ServerSettings(roots, Config.empty(), clientLocale, new ConfigFiles());
    }

    public List<Path> roots() {
        return roots;
    }

    /** These settings on other workspace folders. */
    public ServerSettings withRoots(List<Path> newRoots) {
        files.clearProblems();
        return new ServerSettings(newRoots, client, clientLocale, files);
    }

    /** These settings with every {@code touchbase.json} read again (a bad one keeps its last good configuration). */
    public ServerSettings reloaded() {
        files.clearProblems();
        return new ServerSettings(roots, client, clientLocale, files);
    }

    /** These settings with the editor's settings replaced; bad editor settings raise a {@link ConfigException}. */
    public ServerSettings withClientSettings(JsonElement settings) throws ConfigException {
        Config read = readClient(settings);
        files.clearProblems();
        return new ServerSettings(roots, read, clientLocale, files);
    }

    /** Reads {@code {today, locale, rules, …}} or {@code {touchbase: {…}}}, ignoring settings that are not ours. */
    static Config readClient(JsonElement settings) throws ConfigException {
        if (settings == null || !settings.isJsonObject()) {
            return Config.empty();
        }
        JsonObject object = settings.getAsJsonObject();
        if (object.has("touchbase") && object.get("touchbase").isJsonObject()) {
            object = object.getAsJsonObject("touchbase");
        }
        JsonObject ours = new JsonObject();
        for (String key : KNOWN) {
            if (object.has(key)) {
                ours.add(key, object.get(key));
            }
        }
        return ConfigReader.fromJson("touchbase settings", ours);
    }

    /** The configuration for a file: its {@code touchbase.json}, then the editor's settings. */
    public Config configFor(SourceFile file) {
        Path path = Uris.toPath(file.id());
        Config own = Config.empty();
        if (path != null && path.getParent() != null) {
            own = configIn(path.getParent(), rootOf(path));
        }
        return own.overlay(client);
    }

    /** The problem of each {@code touchbase.json} read so far that is not valid, by path. */
    public Map<Path, ConfigException> configProblems() {
        return files.problems();
    }

    /** The workspace folder a path is in, or its own folder for a file outside them. */
    private Path rootOf(Path path) {
        for (Path root : roots) {
            if (path.startsWith(root)) {
                return root;
            }
        }
        return path.getParent();
    }

    /** The configuration that applies in a folder: the nearest {@code touchbase.json} up to the root. */
    private Config configIn(Path folder, Path root) {
        Config cached = byFolder.get(folder);
        if (cached != null) {
            return cached;
        }
        Path candidate = folder.resolve(Config.FILE_NAME);
        Config config;
        if (Files.exists(candidate)) {
            config = files.read(candidate);
        } else if (folder.equals(root) || !folder.startsWith(root) || folder.getParent() == null) {
            config = Config.empty();
        } else {
            config = configIn(folder.getParent(), root);
        }
        byFolder.put(folder, config);
        return config;
    }

    /** The analysis settings of a file, with "now" from the settings or the clock (to the minute). */
    public Settings settingsFor(SourceFile file) {
        return Settings.of(configFor(file), LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES));
    }

    /** The editor's {@code touchbase.locale}, else the workspace's {@code touchbase.json}, else the client's language. */
    public Messages messages() {
        if (client.locale() != null) {
            return Messages.forLanguage(client.locale());
        }
        for (Path root : roots) {
            Config config = configIn(root, root);
            if (config.locale() != null) {
                return Messages.forLanguage(config.locale());
            }
        }
        String language = clientLocale == null ? "en" : clientLocale.split("[-_]")[0];
        return Messages.forLanguage(Messages.isSupported(language) ? language : "en");
    }
}
