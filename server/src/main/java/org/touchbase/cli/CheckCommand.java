package org.touchbase.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.touchbase.cli.format.CheckReport;
import org.touchbase.cli.format.Format;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Config;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.ConfigReader;
import org.touchbase.core.config.ConfigResolver;
import org.touchbase.core.config.Dates;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Message;
import org.touchbase.core.rules.Severity;
import org.touchbase.core.text.SourceFile;
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
        Messages fallback = Messages.forLanguage(locale != null && Messages.isSupported(locale) ? locale
                : Messages.systemLanguage());
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
        if (locale != null && !Messages.isSupported(locale)) {
            throw new CliException(Message.of("cli.badLocale", locale));
        }
        LocalDateTime now = null;
        if (today != null) {
            now = Dates.parseMoment(today);
            if (now == null) {
                throw new CliException(Message.of("cli.badToday", today));
            }
        }
        List<InputFiles.Input> inputs = InputFiles.collect(paths.isEmpty() ? List.of(".") : paths);
        Config fixed = config == null ? null : ConfigReader.read(config);
        Map<Path, ConfigResolver> resolvers = new HashMap<>();
        Map<InputFiles.Input, Config> configs = new IdentityHashMap<>();
        for (InputFiles.Input input : inputs) {
            ConfigResolver resolver = fixed != null ? ConfigResolver.fixed(fixed)
                    : resolvers.computeIfAbsent(input.root(), ConfigResolver::searching);
            configs.put(input, resolver.configFor(input.path()));
        }
        Config rootConfig = fixed != null ? fixed : resolvers.get(inputs.get(0).root()).configIn(inputs.get(0).root());
        String language = locale != null ? locale
                : rootConfig.locale() != null ? rootConfig.locale() : Messages.systemLanguage();
        Messages messages = Messages.forLanguage(language);

        List<SourceFile> files = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            files.add(InputFiles.read(input));
        }
        List<Document> documents = files.parallelStream().map(ModelBuilder::build).toList();

        LocalDateTime clock = LocalDateTime.now();
        LocalDateTime cliNow = now;
        Map<SourceFile, Settings> settings = new IdentityHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Config fileConfig = configs.get(inputs.get(i));
            Settings fileSettings = Settings.of(fileConfig, clock);
            if (cliNow != null) {
                fileSettings = new Settings(cliNow, fileSettings.respondWithin(), fileSettings.cadence(),
                        fileSettings.rules());
            }
            settings.put(files.get(i), fileSettings);
        }
        Analysis analysis = Analyzer.analyze(documents, file -> settings.get(file));

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
        CheckReport report = new CheckReport(shown, analysis.findings(), files.size(), messages, quiet);
        format.formatter().write(report, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return failed ? Main.FINDINGS : Main.OK;
    }
}
