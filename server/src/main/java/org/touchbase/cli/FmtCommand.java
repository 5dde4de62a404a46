package org.touchbase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.text.SourceFile;
import org.touchbase.lsp.services.FormattingService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code touchbase fmt [--check] [PATH...]}: the editor's formatter on files,
 * for CI and pre-commit hooks. A file whose layout would change its tokens
 * (broken text the formatter cannot be sure of) is left as it is.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Lay out .client files as the editor's formatter does, in place.",
            "With --check, change nothing and show a diff of each file that differs."})
final class FmtCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders (searched for *.client); default: the current folder.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--check", description = "Change nothing: print a unified diff of each file that is not "
            + "formatted, and exit 1 when there is one.")
    boolean check;

    @Option(names = "--locale", paramLabel = "en|ru", description = "Language of the messages (default: the system's).")
    Locale locale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = LocaleConverter.messages(locale, Messages.systemLanguage());
        try {
            int differ = 0;
            for (InputFiles.Input input : InputFiles.collect(paths.isEmpty() ? List.of(".") : paths)) {
                SourceFile file = InputFiles.read(input);
                String formatted = FormattingService.format(file.text());
                if (formatted.equals(file.text())) {
                    continue;
                }
                differ++;
                if (check) {
                    out.print(UnifiedDiff.of(input.name(), file.text(), formatted));
                } else {
                    write(input, formatted);
                    out.println(messages.get("cli.fmt.formatted", input.name()));
                }
            }
            out.flush();
            if (check && differ > 0) {
                err.println(messages.get("cli.fmt.notFormatted", differ));
                return Main.FINDINGS;
            }
            return Main.OK;
        } catch (CliException e) {
            out.flush();
            err.println(messages.format(e.problem()));
            return Main.TROUBLE;
        }
    }

    private static void write(InputFiles.Input input, String text) throws CliException {
        try {
            Files.writeString(input.path(), text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CliException(Message.of("cli.fmt.cannotWrite", input.name()));
        }
    }
}
