package org.touchbase.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.WorkspaceFiles;

/**
 * The files a command works on: each path given, a file as it is, a folder
 * searched for {@code .client} files. A file is named as given, or by the
 * folder given joined with its path below it.
 */
final class InputFiles {

    /** One file to read: its path, the name shown for it, and the root its configuration is searched up to. */
    record Input(Path path, String name, Path root) {
    }

    private InputFiles() {
    }

    static List<Input> collect(List<String> arguments) throws CliException {
        Map<Path, Input> inputs = new LinkedHashMap<>();
        for (String argument : arguments) {
            Path given;
            try {
                given = Path.of(argument);
            } catch (InvalidPathException e) {
                throw new CliException(Message.of("cli.noSuchPath", argument));
            }
            if (Files.isDirectory(given)) {
                List<Path> found;
                try {
                    found = WorkspaceFiles.find(given);
                } catch (IOException | RuntimeException e) {
                    throw new CliException(Message.of("cli.unreadablePath", argument));
                }
                for (Path file : found) {
                    inputs.putIfAbsent(file.toAbsolutePath().normalize(),
                            new Input(file, display(file), given));
                }
            } else if (Files.isRegularFile(given)) {
                Path parent = given.toAbsolutePath().getParent();
                inputs.putIfAbsent(given.toAbsolutePath().normalize(), new Input(given, display(given), parent));
            } else if (Files.exists(given)) {
                throw new CliException(Message.of("cli.notRegularFile", argument));
            } else {
                throw new CliException(Message.of("cli.noSuchPath", argument));
            }
        }
        if (inputs.isEmpty()) {
            throw new CliException(Message.of("cli.noFiles", String.join(" ", arguments)));
        }
        return new ArrayList<>(inputs.values());
    }

    static SourceFile read(Input input) throws CliException {
        try {
            return new SourceFile(input.name(), WorkspaceFiles.read(input.path()));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new CliException(Message.of("cli.unreadablePath", input.name()));
        }
    }

    private static String display(Path path) {
        String text = path.normalize().toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
