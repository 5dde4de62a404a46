package org.touchbase.lsp;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.touchbase.core.workspace.WorkspaceFiles;

/** Document URIs as clients send them, and the paths behind them. */
public final class Uris {

    private Uris() {
    }

    /**
     * The file path of a {@code file:} URI, or null for any other URI or a
     * malformed one. {@code file://localhost/…} is {@code file:///…}.
     */
    public static Path toPath(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return null;
            }
            if (parsed.getRawAuthority() != null && parsed.getRawAuthority().equalsIgnoreCase("localhost")) {
                parsed = new URI("file", null, parsed.getPath(), null);
            }
            return Path.of(parsed).toAbsolutePath().normalize();
        } catch (RuntimeException | URISyntaxException e) {
            return null;
        }
    }

    /** Whether a document is a {@code .client} file by its name: its path, or the last segment of another URI. */
    public static boolean isClientFile(String uri) {
        Path path = toPath(uri);
        if (path != null) {
            return WorkspaceFiles.isClientFile(path);
        }
        String plain = uri.replaceAll("[?#].*$", "");
        return plain.endsWith(WorkspaceFiles.EXTENSION);
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
