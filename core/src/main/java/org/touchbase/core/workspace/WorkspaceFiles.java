package org.touchbase.core.workspace;

import java.io.IOException;
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

    /** The {@code .client} files under {@code root}, sorted by path. */
    public static List<Path> find(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && isSkipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isClientFile(file)) {
                    files.add(file);
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

    /** Hidden folders ({@code .git} among them) and dependency or build output folders. */
    public static boolean isSkipped(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || SKIPPED.contains(name);
    }
}
