package org.touchbase.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.touchbase.cli.format.CheckReport;
import org.touchbase.cli.format.Format;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code touchbase check [PATH...]}: every finding of a workspace, for people and for CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check .client files as one workspace and report every finding.")
final class CheckCommand implements Callable<Integer> {

    /** The lowest severity that fails the check, or never. */
    enum FailOn { error, warning, info, hint, never }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--format", paramLabel = "text|json|sarif|github", description = "Output format (default: text).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "error|warning|info|hint|never", description = "Exit 1 when a finding is at least this severe (default: error).")
    FailOn failOn = FailOn.error;

    @Option(names = "--quiet", description = "Print only the findings that fail the check, and no summary.")
    boolean quiet;

    @Override
    public Integer call() {
        return workspaceOptions.run(spec, this::check);
    }

    private int check(LoadedWorkspace workspace) throws CliException, ConfigException {
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
