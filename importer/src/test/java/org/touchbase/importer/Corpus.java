package org.touchbase.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.touchbase.core.i18n.Messages;

/**
 * The hand-made corpus under {@code src/test/resources/corpus} and a
 * workspace to import it into: a copy of {@code corpus/workspace} in a
 * temporary folder, "now" 2026-11-20, Moscow time.
 */
final class Corpus {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 0, 0);
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    final Path workspace;
    String summary;
    ImportResult result;

    Corpus(Path temporary) {
        workspace = temporary.resolve("clients");
        copy(path("workspace"), workspace);
    }

    static Path path(String name) {
        try {
            return Path.of(Corpus.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports corpus files (names below {@code corpus/}) into the workspace. */
    Corpus run(String... inputs) {
        return run(false, false, inputs);
    }

    Corpus run(boolean dryRun, boolean withNotes, String... inputs) {
        try {
            Workspaces read = Workspaces.read(workspace);
            ImportOptions options = new ImportOptions(null, dryRun, withNotes, NOW, MOSCOW,
                    Workspaces.ourAddresses(workspace));
            result = Importer.run(read.knowledgeBase(), read.paths()::get,
                    Stream.of(inputs).map(Corpus::path).toList(), options);
            summary = result.render(Messages.english());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the workspace, by its name. */
    String file(String name) {
        try {
            return Files.readString(workspace.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the workspace, name to text. */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(workspace)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> listing = Files.list(from)) {
                for (Path file : listing.toList()) {
                    Files.copy(file, to.resolve(file.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lines(String... lines) {
        return String.join("\n", List.of(lines)) + "\n";
    }
}
