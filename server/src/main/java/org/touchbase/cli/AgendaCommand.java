package org.touchbase.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.touchbase.cli.agenda.AgendaMarkdown;
import org.touchbase.cli.agenda.AgendaText;
import org.touchbase.cli.format.BulkWriter;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.agenda.AgendaJson;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code touchbase agenda}: what to do, across every project, by urgency — from the same analysis as check. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = "What to do, by urgency: overdue, today, the next days, soon.")
final class AgendaCommand implements Callable<Integer> {

    /** The formats as written on the command line. */
    enum FormatName { text, json, md }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--days", paramLabel = "N", description = "How many days ahead to list after today (default: 7).")
    int days = Agenda.DEFAULT_DAYS;

    @Option(names = "--format", paramLabel = "text|json|md", description = "Text for a terminal (default), JSON for scripts, or Markdown for a chat or an e-mail.")
    FormatName format = FormatName.text;

    @Option(names = "--project", paramLabel = "ID", description = "Only this project (repeatable); default: every project.")
    List<String> projects = new ArrayList<>();

    @Override
    public Integer call() {
        return workspaceOptions.run(spec, this::agenda);
    }

    private int agenda(LoadedWorkspace workspace) throws CliException {
        if (days < 0) {
            throw new CliException(Message.of("cli.agenda.badDays", days));
        }
        Agenda agenda = Agenda.of(workspace.analysis(), days, selected(workspace, projects));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> writeJson(agenda, workspace, out);
            case md -> new AgendaMarkdown(workspace.messages()).write(agenda, out);
            default -> new AgendaText(workspace.messages(), colourWanted()).write(agenda, out);
        }
        out.flush();
        return Main.OK;
    }

    private static void writeJson(Agenda agenda, LoadedWorkspace workspace, PrintWriter out) {
        try {
            JsonWriter json = new JsonWriter(new BulkWriter(out));
            json.setIndent("  ");
            json.setHtmlSafe(false);
            AgendaJson.write(agenda, workspace.messages(), SourceFile::id, null, json);
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The projects named with {@code --project}, in workspace order; all of them when none is named. */
    static List<Project> selected(LoadedWorkspace workspace, List<String> ids) throws CliException {
        Set<String> wanted = new LinkedHashSet<>(ids);
        for (String id : wanted) {
            if (workspace.analysis().knowledgeBase().project(id) == null) {
                List<String> known = workspace.analysis().projects().stream().map(Project::id).toList();
                throw new CliException(Message.of("cli.report.noSuchProject", id,
                        known.isEmpty() ? "—" : String.join(", ", known)));
            }
        }
        return workspace.analysis().projects().stream()
                .filter(project -> wanted.isEmpty() || wanted.contains(project.id())).toList();
    }

    /** Colour on a terminal only, and never when NO_COLOR is set (no-color.org) or the terminal is dumb. */
    private static boolean colourWanted() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(System.getenv("TERM"));
    }
}
