package org.touchbase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.touchbase.cli.format.CheckReport;
import org.touchbase.cli.format.Format;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code touchbase check [PATH...]}: every finding of a workspace, for people and for CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check .client files as one workspace and report every finding.")
final class CheckCommand implements Callable<Integer> {

    /** The lowest severity that fails the check, or never. */
    enum FailOn { error, warning, info, hint, never }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders (searched for *.client); default: the current folder.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|sarif|github", description = "Output format (default: text).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "error|warning|info|hint|never", description = "Exit 1 when a finding is at least this severe (default: error).")
    FailOn failOn = FailOn.error;

    @Option(names = "--today", paramLabel = "DATE[ TIME]", description = "What \"now\" is for the date-driven rules, e.g. 2026-09-05 or '2026-09-05 14:30'.")
    String today;

    @Option(names = "--locale", paramLabel = "en|ru", description = "Language of the messages (default: the configuration's, else the system's).")
    String locale;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file instead of searching for touchbase.json.")
    Path config;

    @Option(names = "--quiet", description = "Print only the findings that fail the check, and no summary.")
    boolean quiet;

    @Override
    public Integer call() {
        Messages fallback = LoadedWorkspace.fallbackMessages(locale);
        try {
            return check();
        } catch (CliException e) {
            spec.commandLine().getErr().println(fallback.format(e.problem()));
            return Main.TROUBLE;
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(fallback.format(e.problem()));
            return Main.TROUBLE;
        }
    }

    private int check() throws CliException, ConfigException {
        LoadedWorkspace workspace = LoadedWorkspace.load(paths, config, locale, today);
        Analysis analysis = workspace.analysis();
        Messages messages = workspace.messages();

        Severity threshold = failOn == FailOn.never ? null : Severity.fromId(failOn.name());
        List<Finding> shown = new ArrayList<>();
        boolean failed = false;
        for (Finding finding : analysis.findings()) {
            boolean failing = threshold != null && finding.severity().atLeast(threshold);
            failed |= failing;
            if (!quiet || failing) {
                shown.add(finding);
            }
        }
        CheckReport report = new CheckReport(shown, analysis.findings(), workspace.files().size(), messages, quiet);
        format.formatter().write(report, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return failed ? Main.FINDINGS : Main.OK;
    }
}
