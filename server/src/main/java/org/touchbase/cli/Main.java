package org.touchbase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.touchbase.core.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code touchbase}: the command line entry point. */
@Command(name = "touchbase", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        // Two lines, so that the help never wraps inside ".client".
        description = {"Client knowledge as code: checks, a language server and status reports",
            "for .client files."},
        subcommands = {CheckCommand.class, AgendaCommand.class, CalendarCommand.class, ReportCommand.class, RulesCommand.class, LspCommand.class,
            FmtCommand.class, InitCommand.class, ImportCommand.class,
            CommandLine.HelpCommand.class})
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
        commandLine.registerConverter(Locale.class, new LocaleConverter());
        commandLine.setExitCodeExceptionMapper(e -> TROUBLE);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            Messages messages = Messages.forLanguage(Messages.systemLanguage());
            err.println(e.getCause() instanceof LocaleConverter.BadValue bad ? messages.format(bad.problem())
                    : messages.get("cli.usage", e.getMessage()));
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

    /** The project version, which the build writes into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"touchbase " + version()};
        }

        static String version() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // no version to tell
            }
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "development" : version;
        }
    }
}
