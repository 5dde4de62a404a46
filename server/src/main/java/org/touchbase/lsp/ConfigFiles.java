package org.touchbase.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.touchbase.core.config.Config;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.ConfigReader;

/**
 * The {@code touchbase.json} files the server has read, over every reload:
 * a file that turns bad keeps its last good configuration until it is
 * fixed, and its problem is kept to be shown to the user.
 */
final class ConfigFiles {

    private final Map<Path, Config> lastGood = new ConcurrentHashMap<>();
    private final Map<Path, ConfigException> problems = new ConcurrentHashMap<>();

    /** The configuration in a file: as read now, else its last good one, else none. */
    Config read(Path file) {
        if (!Files.isRegularFile(file)) {
            problems.remove(file);
            return Config.empty();
        }
        try {
            Config config = ConfigReader.read(file);
            lastGood.put(file, config);
            problems.remove(file);
            return config;
        } catch (ConfigException e) {
            problems.put(file, e);
            return lastGood.getOrDefault(file, Config.empty());
        }
    }

    /** Forgets the problems found: the files are read again. */
    void clearProblems() {
        problems.clear();
    }

    /** The problem of each bad file read since the last {@link #clearProblems}, by path. */
    Map<Path, ConfigException> problems() {
        return new TreeMap<>(problems);
    }
}
