package org.touchbase.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.SourceFile;

/**
 * The files an import changes, and the changes: touches appended to a
 * {@code log} block, and touches an earlier import wrote brought up to date
 * (a moved event) or taken away (a cancelled one, unless someone has added
 * to it since). Nothing else in a file changes. Each file is written to a
 * temporary file beside it that is then moved into place, and only when
 * the new text parses as well as the old one did.
 */
final class LogFiles {

    /** What happened, or would happen, to one file. */
    record FileChange(Path path, String name, List<NewTouch> added, int updated, int removed, List<String> kept,
            Message problem, int present) {

        FileChange(Path path, String name, List<NewTouch> added, int updated, int removed, List<String> kept,
                Message problem) {
            this(path, name, added, updated, removed, kept, problem, 0);
        }
    }

    private static final class Pending {
        final Path path;
        final String name;
        final List<NewTouch> added = new ArrayList<>();
        final Map<String, NewTouch> updates = new LinkedHashMap<>();
        final List<String> removals = new ArrayList<>();

        Pending(Path path, String name) {
            this.path = path;
            this.name = name;
        }
    }

    private final Map<Path, Pending> files = new LinkedHashMap<>();

    private Pending pending(Path path, String name) {
        return files.computeIfAbsent(path.toAbsolutePath().normalize(), p -> new Pending(path, name));
    }

    void add(Path path, String name, NewTouch touch) {
        pending(path, name).added.add(touch);
    }

    /** Brings the touch {@code touch.id()} up to date with {@code touch}, keeping its body. */
    void update(Path path, String name, NewTouch touch) {
        pending(path, name).updates.put(touch.id(), touch);
    }

    void remove(Path path, String name, String touchId) {
        pending(path, name).removals.add(touchId);
    }

    List<FileChange> apply(boolean dryRun) {
        List<FileChange> changes = new ArrayList<>();
        for (Pending file : files.values()) {
            changes.add(apply(file, dryRun));
        }
        return changes;
    }

    private FileChange apply(Pending file, boolean dryRun) {
        String before;
        try {
            before = Files.exists(file.path) ? Files.readString(file.path, StandardCharsets.UTF_8) : "";
        } catch (IOException | RuntimeException e) {
            return new FileChange(file.path, file.name, List.of(), 0, 0, List.of(),
                    Message.of("import.unreadable", file.name));
        }
        String newline = before.contains("\r\n") ? "\r\n" : "\n";
        Document document = ModelBuilder.build(new SourceFile(file.name, before));
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        int updated = 0;
        int removed = 0;
        List<String> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Block block : document.blocks()) {
            for (Touch touch : block.touches()) {
                if (touch.id() == null) {
                    continue;
                }
                String id = touch.id().text();
                ids.add(id);
                NewTouch update = file.updates.get(id);
                if (update != null) {
                    int start = touch.span().start();
                    int end = touch.title() != null ? touch.title().span().end() : touch.header().end();
                    String header = update.header();
                    if (!before.substring(start, end).equals(header)) {
                        spans.add(new int[] {start, end});
                        replacements.add(header);
                        updated++;
                    }
                } else if (file.removals.contains(id)) {
                    if (touch.body() != null) {
                        kept.add(id);
                        continue;
                    }
                    int start = lineStart(before, touch.span().start());
                    int end = lineEnd(before, touch.span().end());
                    if (!before.substring(start, touch.span().start()).isBlank()
                            || !before.substring(touch.span().end(), end).isBlank()) {
                        start = touch.span().start();
                        end = touch.span().end();
                    }
                    spans.add(new int[] {start, end});
                    replacements.add("");
                    removed++;
                }
            }
        }
        StringBuilder text = new StringBuilder(before);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> spans.get(i)[0]).reversed());
        for (int i : order) {
            text.replace(spans.get(i)[0], spans.get(i)[1], replacements.get(i));
        }
        // A file outside the workspace (--into elsewhere) may hold touches of an earlier import: not again.
        List<NewTouch> added = new ArrayList<>(file.added);
        added.removeIf(touch -> ids.contains(touch.id()));
        int present = file.added.size() - added.size();
        added.sort(Comparator.comparing(NewTouch::at).thenComparing(NewTouch::id));
        Map<String, List<NewTouch>> byProject = new LinkedHashMap<>();
        for (NewTouch touch : added) {
            byProject.computeIfAbsent(touch.project(), p -> new ArrayList<>()).add(touch);
        }
        String after = text.toString();
        for (Map.Entry<String, List<NewTouch>> project : byProject.entrySet()) {
            after = append(after, project.getKey(), project.getValue(), newline);
        }
        if (after.equals(before)) {
            return new FileChange(file.path, file.name, List.of(), 0, 0, kept, null, present);
        }
        if (syntaxErrors(file.name, after) > syntaxErrors(file.name, before)) {
            return new FileChange(file.path, file.name, List.of(), 0, 0, kept,
                    Message.of("import.wouldBreak", file.name));
        }
        if (!dryRun) {
            try {
                write(file.path, after);
            } catch (IOException | RuntimeException e) {
                return new FileChange(file.path, file.name, List.of(), 0, 0, kept,
                        Message.of("import.cannotWrite", file.name, String.valueOf(e.getMessage())));
            }
        }
        return new FileChange(file.path, file.name, List.copyOf(added), updated, removed, kept, null, present);
    }

    /**
     * Appends touches to the project's {@code log} block when it is the last
     * thing in the file and its closing brace opens a line; otherwise a new
     * {@code log} block at the end of the file.
     */
    static String append(String text, String project, List<NewTouch> touches, String newline) {
        StringBuilder lines = new StringBuilder();
        for (NewTouch touch : touches) {
            lines.append(touch.lines(newline));
        }
        Document document = ModelBuilder.build(new SourceFile("log", text));
        List<Block> blocks = document.blocks();
        if (!blocks.isEmpty()) {
            Block last = blocks.get(blocks.size() - 1);
            int close = last.span().end() - 1;
            if (last.kind() == Block.Kind.LOG && last.name() != null && last.name().text().equals(project)
                    && close > 0 && text.charAt(close) == '}' && text.substring(last.span().end()).isBlank()
                    && text.substring(lineStart(text, close), close).isBlank()) {
                int at = lineStart(text, close);
                return text.substring(0, at) + lines + "}" + newline;
            }
        }
        String head = text.isBlank() ? "" : text.stripTrailing() + newline + newline;
        return head + "log " + project + " {" + newline + lines + "}" + newline;
    }

    private static int syntaxErrors(String name, String text) {
        Document document = ModelBuilder.build(new SourceFile(name, text));
        int count = 0;
        for (var finding : document.findings()) {
            if (finding.rule().equals(RuleIds.SYNTAX)) {
                count++;
            }
        }
        return count;
    }

    private static int lineStart(String text, int offset) {
        int at = offset;
        while (at > 0 && text.charAt(at - 1) != '\n') {
            at--;
        }
        return at;
    }

    private static int lineEnd(String text, int offset) {
        int at = offset;
        while (at < text.length() && text.charAt(at) != '\n') {
            at++;
        }
        return at < text.length() ? at + 1 : at;
    }

    /** Writes through a temporary file in the same folder, moved into place. */
    static void write(Path path, String text) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + path.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
