package org.touchbase.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.touchbase.core.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code touchbase}: the command line entry point. */
@Command(name = "touchbase", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Client knowledge as code: checks, a language server and status reports for .client files.",
        subcommands = {CheckCommand.class, AgendaCommand.class, CalendarCommand.class, ReportCommand.class, RulesCommand.class, LspCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int TROUBLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line and returns its exit code; nothing escapes as a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> TROUBLE);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println(Messages.forLanguage(Messages.systemLanguage()).get("cli.usage", e.getMessage()));
            err.flush();
            return TROUBLE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            err.println(Messages.forLanguage(Messages.systemLanguage()).get("cli.internal", String.valueOf(e)));
            err.flush();
            return TROUBLE;
        });
        try {
            int code = commandLine.execute(args);
            out.flush();
            return code;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println(Messages.forLanguage(Messages.systemLanguage()).get("cli.internal", String.valueOf(e)));
            err.flush();
            return TROUBLE;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"touchbase " + (version == null ? "development" : version)};
        }
    }
}
