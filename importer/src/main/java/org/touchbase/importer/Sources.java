package org.touchbase.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.workspace.WorkspaceFiles;

/**
 * The files an import reads: each path given, a file as it is (by its
 * extension, else by its first line), a folder searched for {@code .eml},
 * mbox ({@code .mbox}, {@code .mbx}), {@code .ics} files and Maildirs
 * (a folder with {@code cur/} and {@code new/}).
 */
final class Sources {

    /** The mail sources and calendar files found, and the paths that could not be read. */
    record Found(List<MessageSource> mail, List<CalendarFile> calendars, List<Message> problems) {
    }

    /** A calendar file to read. */
    record CalendarFile(Path path, String name) {
    }

    private Sources() {
    }

    static Found find(List<Path> paths) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    folder(path, found);
                } catch (IOException | RuntimeException e) {
                    found.problems().add(Message.of("import.unreadable", name(path)));
                }
            } else if (Files.isRegularFile(path)) {
                file(path, true, found);
            } else {
                found.problems().add(Message.of("import.noSuchPath", name(path)));
            }
        }
        return found;
    }

    private static void folder(Path folder, Found found) throws IOException {
        if (isMaildir(folder)) {
            maildir(folder, found);
            return;
        }
        List<Path> children;
        try (Stream<Path> listing = Files.list(folder)) {
            children = listing.sorted().toList();
        }
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                if (!child.getFileName().toString().startsWith(".") && !WorkspaceFiles.isSkipped(child)) {
                    folder(child, found);
                }
            } else if (Files.isRegularFile(child)) {
                file(child, false, found);
            }
        }
    }

    static boolean isMaildir(Path folder) {
        return Files.isDirectory(folder.resolve("cur")) && Files.isDirectory(folder.resolve("new"));
    }

    private static void maildir(Path folder, Found found) throws IOException {
        for (String part : List.of("new", "cur")) {
            try (Stream<Path> listing = Files.list(folder.resolve(part))) {
                for (Path file : listing.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                    found.mail().add(new EmlFile(file, name(file)));
                }
            }
        }
    }

    /** A file by its extension; one given by name with another extension, by its first line. */
    private static void file(Path file, boolean given, Found found) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".eml")) {
            found.mail().add(new EmlFile(file, name(file)));
        } else if (lower.endsWith(".mbox") || lower.endsWith(".mbx")) {
            found.mail().add(new MboxFile(file, name(file)));
        } else if (lower.endsWith(".ics") || lower.endsWith(".ical") || lower.endsWith(".ifb")) {
            found.calendars().add(new CalendarFile(file, name(file)));
        } else if (given || lower.equals("mbox")) {
            String head = head(file);
            if (head.startsWith("From ")) {
                found.mail().add(new MboxFile(file, name(file)));
            } else if (head.startsWith("BEGIN:VCALENDAR")) {
                found.calendars().add(new CalendarFile(file, name(file)));
            } else {
                found.mail().add(new EmlFile(file, name(file)));
            }
        }
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readNBytes(64), StandardCharsets.ISO_8859_1);
            return text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text;
        } catch (IOException e) {
            return "";
        }
    }

    static String name(Path path) {
        String text = path.normalize().toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
