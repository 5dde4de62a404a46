package org.touchbase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.touchbase.core.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code touchbase}: the command line entry point. */
@Command(name = "touchbase", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        // Two lines, so that the help never wraps inside ".client".
        description = {"Client knowledge as code: checks, a language server and status reports",
            "for .client files."},
        // the subcommands are added by commandLine(...), only the one that runs when it is known
        subcommands = {})
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

    /** The commands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("agenda", AgendaCommand::new);
        commands.put("calendar", CalendarCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("lsp", LspCommand::new);
        commands.put("fmt", FmtCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /**
     * The command line with the command that runs and no other: picocli's
     * model of every command took half the start of a small check. Help, a
     * mistyped command or none at all get them all, for the list and the
     * suggestions.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        Supplier<Object> only = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (only != null) {
            commandLine.addSubcommand(args[0], only.get());
        } else {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        return commandLine;
    }

    /** Runs a command line and returns its exit code; nothing escapes as a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(args);
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
