package org.touchbase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that reads a workspace takes: the paths, "now", the
 * language and the configuration; and how such a command ends on trouble —
 * one line on standard error and exit code 2.
 */
final class WorkspaceOptions {

    /** A command's work, which may stop on a bad path or a bad configuration. */
    interface Work {
        int run(LoadedWorkspace workspace) throws CliException, ConfigException;
    }

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders (searched for *.client); default: the current folder.")
    List<String> paths = new ArrayList<>();

    @CommandLine.Mixin
    TodayAndLocale todayAndLocale;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file instead of searching for touchbase.json.")
    Path config;

    /** Loads the workspace and runs the work on it; trouble ends in exit code 2 with its reason. */
    int run(CommandLine.Model.CommandSpec spec, Work work) {
        return todayAndLocale.run(spec, () -> work.run(LoadedWorkspace.load(paths, config, todayAndLocale)));
    }
}
