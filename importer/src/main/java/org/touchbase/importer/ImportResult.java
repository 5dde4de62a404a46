package org.touchbase.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;

/**
 * What an import did (or, in a dry run, would do): the files it changed,
 * the messages and events it left out and why, and the input it could not
 * read. {@link #render} is the summary shown to the user.
 */
public final class ImportResult {

    final List<LogFiles.FileChange> files = new ArrayList<>();
    final Map<String, Integer> unknown = new LinkedHashMap<>();
    final List<Message> ambiguous = new ArrayList<>();
    final List<Message> problems = new ArrayList<>();
    int alreadyImported;
    boolean dryRun;

    /** The files written (none in a dry run). */
    public List<Path> changedFiles() {
        List<Path> changed = new ArrayList<>();
        if (!dryRun) {
            for (LogFiles.FileChange file : files) {
                if (file.problem() == null && (!file.added().isEmpty() || file.updated() > 0 || file.removed() > 0)) {
                    changed.add(file.path());
                }
            }
        }
        return changed;
    }

    public int added() {
        return files.stream().mapToInt(f -> f.added().size()).sum();
    }

    public int alreadyImported() {
        return alreadyImported;
    }

    /** Input that could not be read, or a file that could not be written. */
    public List<Message> problems() {
        List<Message> all = new ArrayList<>(problems);
        for (LogFiles.FileChange file : files) {
            if (file.problem() != null) {
                all.add(file.problem());
            }
        }
        return all;
    }

    public List<Message> ambiguous() {
        return List.copyOf(ambiguous);
    }

    /** Addresses of the messages and events skipped for want of a known client, with how often each came. */
    public Map<String, Integer> unknownAddresses() {
        return Map.copyOf(unknown);
    }

    /** The summary, one item a line; in a dry run with the text of every touch that would be added. */
    public String render(Messages messages) {
        StringBuilder out = new StringBuilder();
        for (LogFiles.FileChange file : files) {
            if (file.problem() != null) {
                continue;
            }
            if (!file.added().isEmpty()) {
                out.append(messages.get(dryRun ? "import.wouldAdd" : "import.added", file.added().size(), file.name()))
                        .append('\n');
                if (dryRun) {
                    for (NewTouch touch : file.added()) {
                        out.append(touch.lines("\n"));
                    }
                }
            }
            if (file.updated() > 0) {
                out.append(messages.get(dryRun ? "import.wouldUpdate" : "import.updated", file.updated(), file.name()))
                        .append('\n');
            }
            if (file.removed() > 0) {
                out.append(messages.get(dryRun ? "import.wouldRemove" : "import.removed", file.removed(), file.name()))
                        .append('\n');
            }
            for (String id : file.kept()) {
                out.append(messages.get("import.kept", id, file.name())).append('\n');
            }
        }
        if (added() == 0 && files.stream().allMatch(f -> f.updated() == 0 && f.removed() == 0)) {
            out.append(messages.get("import.nothingAdded")).append('\n');
        }
        if (alreadyImported > 0) {
            out.append(messages.get("import.already", alreadyImported)).append('\n');
        }
        if (!unknown.isEmpty()) {
            out.append(messages.get("import.unknownHeader", unknown.values().stream().mapToInt(i -> i).sum()))
                    .append('\n');
            unknown.entrySet().stream()
                    .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                            : a.getKey().compareTo(b.getKey()))
                    .forEach(e -> out.append("  ").append(messages.get("import.unknownAddress", e.getKey(), e.getValue()))
                            .append('\n'));
        }
        if (!ambiguous.isEmpty()) {
            out.append(messages.get("import.ambiguousHeader", ambiguous.size())).append('\n');
            for (Message message : ambiguous) {
                out.append("  ").append(messages.format(message)).append('\n');
            }
        }
        List<Message> problems = problems();
        if (!problems.isEmpty()) {
            out.append(messages.get("import.problemsHeader", problems.size())).append('\n');
            for (Message problem : problems) {
                out.append("  ").append(messages.format(problem)).append('\n');
            }
        }
        return out.toString();
    }
}
