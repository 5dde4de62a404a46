package org.touchbase.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.fortuna.ical4j.validate.ValidationException;
import org.touchbase.cli.agenda.CalendarIcs;
import org.touchbase.core.agenda.CalendarEntries;
import org.touchbase.core.agenda.CalendarEntry;
import org.touchbase.core.diagnostics.Message;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code touchbase calendar}: an iCalendar file of what has a date — planned
 * touches, plan steps, the launch, what the client owes, what we promised.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Write an iCalendar (.ics) file of planned touches, plan steps, launches and due dates.")
final class CalendarCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--out", required = true, paramLabel = "FILE.ics", description = "The file to write (overwritten; its folder is created if missing).")
    Path out;

    @Option(names = "--project", paramLabel = "ID", description = "Only this project (repeatable); default: every project.")
    List<String> projects = new ArrayList<>();

    @Override
    public Integer call() {
        return workspaceOptions.run(spec, this::calendar);
    }

    private int calendar(LoadedWorkspace workspace) throws CliException {
        List<CalendarEntry> entries = CalendarEntries.of(workspace.analysis(),
                AgendaCommand.selected(workspace, projects));
        String ics;
        try {
            ics = CalendarIcs.write(entries, workspace.timezone(), workspace.analysis().projects().isEmpty()
                    ? LocalDateTime.now() : workspace.analysis().settings(workspace.analysis().projects()
                            .get(0)).now(), workspace.messages());
        } catch (IOException | ValidationException e) {
            throw new CliException(Message.of("cli.calendar.invalid", String.valueOf(e.getMessage())));
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, ics, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CliException(Message.of("cli.calendar.cannotWrite", out.toString()));
        }
        spec.commandLine().getOut().println(workspace.messages().get("cli.calendar.wrote", entries.size(),
                out.toString(), workspace.timezone().getId()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
