package org.touchbase.lsp;

import java.net.URI;
import java.nio.file.Path;

/** Document URIs as clients send them, and the paths behind them. */
public final class Uris {

    private Uris() {
    }

    /** The file path of a {@code file:} URI, or null for any other URI or a malformed one. */
    public static Path toPath(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return null;
            }
            return Path.of(parsed).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The URI of a path, percent-encoded the way editors write it. */
    public static String fromPath(Path path) {
        return path.toAbsolutePath().normalize().toUri().toASCIIString();
    }

    /** One key for the same file however its URI is spelt; other URIs are their own key. */
    public static String key(String uri) {
        Path path = toPath(uri);
        return path != null ? path.toString() : uri;
    }
}
