package org.touchbase.core.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@code .client} files of a workspace: every one under a folder,
 * skipping version-control, dependency and build folders and hidden ones.
 */
public final class WorkspaceFiles {

    public static final String EXTENSION = ".client";
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "build", "out", "dist");

    private WorkspaceFiles() {
    }

    public static boolean isClientFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(EXTENSION);
    }

    /**
     * The regular {@code .client} files under {@code root}, sorted by path and
     * named below {@code root} as given. A root that is a symbolic link is
     * followed; links below it are not (so no loop is ever walked).
     */
    public static List<Path> find(Path root) throws IOException {
        Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(start) && isSkipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isClientFile(file)) {
                    files.add(start == root ? file : root.resolve(start.relativize(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * Whether a file belongs to the workspace under {@code root}: a
     * {@code .client} file below it, in no skipped folder. The one rule for
     * the search above, a file watcher's events and a closed document.
     */
    public static boolean belongs(Path root, Path file) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        Path normalized = file.toAbsolutePath().normalize();
        if (!isClientFile(normalized) || !normalized.startsWith(normalizedRoot) || normalized.equals(normalizedRoot)) {
            return false;
        }
        for (Path dir = normalized.getParent(); dir != null && !dir.equals(normalizedRoot); dir = dir.getParent()) {
            if (isSkipped(dir)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of a {@code .client} file: UTF-8, a malformed byte read as
     * U+FFFD, a byte order mark left out (columns count from the first
     * character after it). Only a regular file is read: a pipe or a device
     * could block or never end.
     */
    public static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a regular file: " + file);
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Hidden folders ({@code .git} among them) and dependency or build output folders. */
    public static boolean isSkipped(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || SKIPPED.contains(name);
    }
}
