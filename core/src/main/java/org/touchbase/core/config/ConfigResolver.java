package org.touchbase.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@code touchbase.json} that applies to a file: the nearest one in
 * the file's folder or above it, up to the root of the check. A fixed file
 * given with {@code --config} replaces the search.
 */
public final class ConfigResolver {

    private final Path root;
    private final Config fixed;
    private final Map<Path, Config> byFolder = new ConcurrentHashMap<>();

    private ConfigResolver(Path root, Config fixed) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        this.fixed = fixed;
    }

    /** Searches from each file up to {@code root}. */
    public static ConfigResolver searching(Path root) {
        return new ConfigResolver(root, null);
    }

    /** Uses one configuration for every file. */
    public static ConfigResolver fixed(Config config) {
        return new ConfigResolver(null, config);
    }

    public Config configFor(Path file) throws ConfigException {
        if (fixed != null) {
            return fixed;
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null ? Config.empty() : configIn(folder);
    }

    /** The configuration that applies in a folder (for the root of the check, its own or none). */
    public Config configIn(Path folder) throws ConfigException {
        if (fixed != null) {
            return fixed;
        }
        Path normalized = folder.toAbsolutePath().normalize();
        Config cached = byFolder.get(normalized);
        if (cached != null) {
            return cached;
        }
        Config config;
        Path candidate = normalized.resolve(Config.FILE_NAME);
        if (Files.isRegularFile(candidate)) {
            config = ConfigReader.read(candidate);
        } else if (root == null || normalized.equals(root) || !normalized.startsWith(root)
                || normalized.getParent() == null) {
            config = Config.empty();
        } else {
            config = configIn(normalized.getParent());
        }
        byFolder.put(normalized, config);
        return config;
    }
}
