package org.touchbase.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.workspace.Project;
import org.touchbase.report.Audience;
import org.touchbase.report.ReportFile;
import org.touchbase.report.ReportFormat;
import org.touchbase.report.ReportGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code touchbase report}: status documents, one per project and a portfolio page, from the same analysis as check. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write status documents: one per project and a portfolio page (index).")
final class ReportCommand implements Callable<Integer> {

    /** The formats as written on the command line. */
    enum FormatName { html, md }

    /** The audiences as written on the command line. */
    enum AudienceName { internal, client }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the documents to (created if missing).")
    Path out;

    @Option(names = "--format", paramLabel = "html|md", description = "Self-contained HTML pages (default) or GitHub Markdown.")
    FormatName format = FormatName.html;

    @Option(names = "--audience", paramLabel = "internal|client",
            description = "Who the documents are for: the team (default) or the client (no portfolio page, nothing internal).")
    AudienceName audience = AudienceName.internal;

    @Option(names = "--project", paramLabel = "ID", description = "Only this project (repeatable); default: every project.")
    List<String> projects = new ArrayList<>();

    @Override
    public Integer call() {
        return workspaceOptions.run(spec, this::report);
    }

    private int report(LoadedWorkspace workspace) throws CliException, ConfigException {
        Set<String> wanted = new LinkedHashSet<>(projects);
        for (String id : wanted) {
            if (workspace.analysis().knowledgeBase().project(id) == null) {
                List<String> known = workspace.analysis().projects().stream().map(Project::id).toList();
                throw new CliException(Message.of("cli.report.noSuchProject", id,
                        known.isEmpty() ? "—" : String.join(", ", known)));
            }
        }
        ReportFormat reportFormat = format == FormatName.md ? ReportFormat.MARKDOWN : ReportFormat.HTML;
        Audience reader = audience == AudienceName.client ? Audience.CLIENT : Audience.INTERNAL;
        UnaryOperator<String> fileHref = fromFolder(out);
        List<ReportFile> files = ReportGenerator.generate(workspace.analysis(), workspace.messages(), reportFormat,
                wanted, reader, fileHref);
        try {
            Files.createDirectories(out);
        } catch (IOException | RuntimeException e) {
            throw new CliException(Message.of("cli.report.cannotWrite", out.toString()));
        }
        // Each document is written on its own: one that cannot be stops no other, and the index links what exists.
        Set<String> missing = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int written = 0;
        boolean withIndex = reader == Audience.INTERNAL;
        for (ReportFile file : files.subList(withIndex ? 1 : 0, files.size())) {
            Path target = out.resolve(file.name());
            try {
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
                written++;
            } catch (IOException | RuntimeException e) {
                missing.add(file.project());
                problems.add(workspace.messages().get("cli.report.cannotWriteDocument", target.toString()));
            }
        }
        if (!withIndex) {
            String first = files.isEmpty() ? out.toString() : out.resolve(files.get(0).name()).toString();
            spec.commandLine().getOut().println(workspace.messages().get("cli.report.wrote", written, first));
            spec.commandLine().getOut().flush();
            problems.forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
            return problems.isEmpty() ? Main.OK : Main.TROUBLE;
        }
        ReportFile index = missing.isEmpty() ? files.get(0)
                : ReportGenerator.index(workspace.analysis(), workspace.messages(), reportFormat, files, missing,
                        fileHref);
        try {
            Files.writeString(out.resolve(index.name()), index.content(), StandardCharsets.UTF_8);
            written++;
        } catch (IOException | RuntimeException e) {
            throw new CliException(Message.of("cli.report.cannotWrite", out.toString()));
        }
        spec.commandLine().getOut().println(workspace.messages().get("cli.report.wrote", written,
                out.resolve(index.name()).toString()));
        spec.commandLine().getOut().flush();
        if (!problems.isEmpty()) {
            problems.forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
            return Main.TROUBLE;
        }
        return Main.OK;
    }

    /**
     * Where a file is from the folder the documents are written to, so that a position's link in a page
     * opens it wherever the command ran; the file as given when there is no such path (another drive).
     */
    static UnaryOperator<String> fromFolder(Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        return file -> {
            try {
                return base.relativize(Path.of(file).toAbsolutePath().normalize()).toString();
            } catch (RuntimeException e) {
                return file;
            }
        };
    }
}
