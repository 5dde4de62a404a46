package org.touchbase.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Config;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.ConfigReader;
import org.touchbase.core.config.ConfigResolver;
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
    private final ConfigResolver[] resolvers;

    private ServerSettings(List<Path> roots, Config client, String clientLocale) {
        this.roots = List.copyOf(roots);
        this.client = client;
        this.clientLocale = clientLocale;
        this.resolvers = new ConfigResolver[roots.size()];
        for (int i = 0; i < roots.size(); i++) {
            resolvers[i] = ConfigResolver.searching(roots.get(i));
        }
    }

    public static ServerSettings initial(List<Path> roots, String clientLocale) {
        return new ServerSettings(roots, Config.empty(), clientLocale);
    }

    public List<Path> roots() {
        return roots;
    }

    /** These settings with the editor's settings replaced; bad editor settings raise a {@link ConfigException}. */
    public ServerSettings withClientSettings(JsonElement settings) throws ConfigException {
        return new ServerSettings(roots, readClient(settings), clientLocale);
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
        if (path != null) {
            try {
                own = resolverFor(path).configFor(path);
            } catch (ConfigException e) {
                own = Config.empty();
            }
        }
        return own.overlay(client);
    }

    /** The first problem with a {@code touchbase.json} that applies to the file, if any. */
    public ConfigException configProblem(SourceFile file) {
        Path path = Uris.toPath(file.id());
        if (path == null) {
            return null;
        }
        try {
            resolverFor(path).configFor(path);
            return null;
        } catch (ConfigException e) {
            return e;
        }
    }

    private ConfigResolver resolverFor(Path path) {
        for (int i = 0; i < roots.size(); i++) {
            if (path.startsWith(roots.get(i))) {
                return resolvers[i];
            }
        }
        return ConfigResolver.searching(path.getParent());
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
        for (int i = 0; i < resolvers.length; i++) {
            try {
                Config config = resolvers[i].configIn(roots.get(i));
                if (config.locale() != null) {
                    return Messages.forLanguage(config.locale());
                }
            } catch (ConfigException e) {
                // reported with the diagnostics of the files it applies to
            }
        }
        String language = clientLocale == null ? "en" : clientLocale.split("[-_]")[0];
        return Messages.forLanguage(Messages.isSupported(language) ? language : "en");
    }
}
