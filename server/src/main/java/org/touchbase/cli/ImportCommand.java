package org.touchbase.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.touchbase.core.config.Config;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.ConfigReader;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
import org.touchbase.importer.DiskWorkspace;
import org.touchbase.importer.ImportOptions;
import org.touchbase.importer.ImportResult;
import org.touchbase.importer.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code touchbase import FILE|FOLDER...}: touches from mail and calendar files, appended to the workspace's logs. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Append the touches that mail and calendar files describe.",
                "Reads .eml, mbox and .ics files and Maildir folders, and writes the touches as log blocks, "
                + "one file per project and month (portal-2026-11.client) beside the project's file.",
                "Of a recurring event, the occurrences up to --today and the next one are imported.",
                "Importing the same files again adds nothing. Exit code 1 when some input could not be read "
                        + "(it is listed and skipped; the rest is imported)."})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|FOLDER", arity = "1..*", description = ".eml, mbox and .ics files, Maildir folders, or folders holding them.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace to import into (default: the current folder).")
    String workspace = ".";

    @Option(names = "--into", paramLabel = "FOLDER", description = "Write the log files into this folder instead of beside each project's file.")
    String into;

    @Option(names = "--dry-run", description = "Print what would be added and where; write nothing.")
    boolean dryRun;

    @Option(names = "--with-notes", description = "Copy the first line of a message's text into the touch as a note (the body is not copied otherwise).")
    boolean withNotes;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The time zone touches are written in, e.g. Europe/Moscow (default: timezone in touchbase.json, else the system's). Events with a time zone of their own keep their local time.")
    String zone;

    @CommandLine.Mixin
    TodayAndLocale todayAndLocale;

    @Override
    public Integer call() {
        return todayAndLocale.run(spec, this::run);
    }

    private int run() throws CliException, ConfigException {
        Path folder = path(workspace);
        if (!Files.isDirectory(folder)) {
            throw new CliException(Message.of("cli.noSuchPath", workspace));
        }
        Path configFile = folder.resolve(Config.FILE_NAME);
        Config config = Files.isRegularFile(configFile) ? ConfigReader.read(configFile) : Config.empty();
        Messages messages = todayAndLocale.messages(config);
        LocalDateTime now = todayAndLocale.now();
        if (now == null) {
            now = config.today() != null ? config.today() : LocalDateTime.now();
        }
        ZoneId zoneId;
        try {
            // --zone, else the timezone of touchbase.json, else the system's
            zoneId = zone != null ? ZoneId.of(zone) : config.timezone() != null ? config.timezone()
                    : ZoneId.systemDefault();
        } catch (DateTimeException e) {
            throw new CliException(Message.of("import.badZone", zone));
        }
        DiskWorkspace read;
        try {
            read = DiskWorkspace.read(folder);
        } catch (IOException | RuntimeException e) {
            throw new CliException(Message.of("cli.unreadablePath", workspace));
        }
        if (read.paths().isEmpty()) {
            throw new CliException(Message.of("import.noWorkspace", workspace));
        }
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            paths.add(path(input));
        }
        ImportOptions options = new ImportOptions(into == null ? null : path(into), dryRun, withNotes, now, zoneId,
                DiskWorkspace.ourAddresses(folder));
        ImportResult result = Importer.run(read.knowledgeBase(), read.paths()::get, paths, options);
        spec.commandLine().getOut().print(result.render(messages));
        spec.commandLine().getOut().flush();
        return result.problems().isEmpty() ? Main.OK : Main.FINDINGS;
    }

    private static Path path(String text) throws CliException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CliException(Message.of("cli.noSuchPath", text));
        }
    }
}
