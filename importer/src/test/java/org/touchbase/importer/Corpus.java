package org.touchbase.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
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
        return run(null, dryRun, withNotes, inputs);
    }

    Corpus runInto(Path into, String... inputs) {
        return run(into, false, false, inputs);
    }

    private Corpus run(Path into, boolean dryRun, boolean withNotes, String... inputs) {
        try {
            DiskWorkspace read = DiskWorkspace.read(workspace);
            ImportOptions options = new ImportOptions(into, dryRun, withNotes, NOW, MOSCOW,
                    DiskWorkspace.ourAddresses(workspace));
            result = Importer.run(read.knowledgeBase(), read.paths()::get,
                    Stream.of(inputs).map(Corpus::path).toList(), options);
            summary = result.render(Messages.english());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of the workspace as {@code check} sees it "now", as {@code rule file:line}. */
    List<String> findings() {
        try {
            DiskWorkspace read = DiskWorkspace.read(workspace);
            Analysis analysis = Analyzer.analyze(
                    read.knowledgeBase().documents(), f -> Settings.defaults(NOW));
            return analysis.findings().stream().map(f -> f.rule() + " " + Path.of(f.file().id()).getFileName() + ":"
                    + (f.file().position(f.span().start()).line() + 1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line (from 1) of a file of the workspace where {@code text} first stands. */
    int line(String name, String text) {
        String content = file(name);
        int at = content.indexOf(text);
        if (at < 0) {
            throw new AssertionError(text + " is not in " + name + ":\n" + content);
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
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

    /**
     * Expected text: {@code m{MESSAGE-ID}} stands for the id of the message's
     * touch, {@code ev{UID}} for an event's and {@code ev{UID|2026-11-03}} for
     * an occurrence's.
     */
    static String expand(String text) {
        Matcher matcher = Pattern.compile("(m|ev)\\{([^}|]+)(?:\\|([0-9-]+))?}")
                .matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String id = matcher.group(1).equals("m") ? TouchIds.forMessage(matcher.group(2))
                    : matcher.group(3) == null ? TouchIds.forEvent(matcher.group(2))
                    : TouchIds.forOccurrence(matcher.group(2), LocalDate.parse(matcher.group(3)));
            matcher.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
