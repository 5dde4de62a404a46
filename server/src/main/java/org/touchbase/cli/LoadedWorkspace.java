package org.touchbase.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Config;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.ConfigReader;
import org.touchbase.core.config.ConfigResolver;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;

/**
 * A workspace as a command sees it: the files given on the command line,
 * read and analysed with their configurations, {@code --today} and
 * {@code --locale}. {@code check} and {@code report} both load it this way.
 */
record LoadedWorkspace(List<SourceFile> files, Analysis analysis, Messages messages, ZoneId timezone) {

    /**
     * Reads and analyses the workspace.
     *
     * @param paths  files or folders; empty means the current folder
     * @param config a configuration file to use instead of searching for one, or null
     * @param todayAndLocale "now" and the language as given on the command line
     */
    static LoadedWorkspace load(List<String> paths, Path config, TodayAndLocale todayAndLocale)
            throws CliException, ConfigException {
        LocalDateTime now = todayAndLocale.now();
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
        Messages messages = todayAndLocale.messages(rootConfig);

        List<SourceFile> files = read(inputs);
        List<Document> documents = files.parallelStream().map(ModelBuilder::build).toList();

        LocalDateTime clock = LocalDateTime.now();
        LocalDateTime cliNow = now;
        Map<SourceFile, Settings> settings = new IdentityHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Config fileConfig = configs.get(inputs.get(i));
            Settings fileSettings = Settings.of(fileConfig, clock);
            if (cliNow != null) {
                fileSettings = fileSettings.withNow(cliNow);
            }
            settings.put(files.get(i), fileSettings);
        }
        Analysis analysis = Analyzer.analyze(documents, file -> settings.get(file));
        ZoneId timezone = rootConfig.timezone() != null ? rootConfig.timezone()
                : ZoneId.systemDefault();
        return new LoadedWorkspace(List.copyOf(files), analysis, messages, timezone);
    }

    /** Reads the files in parallel; the first unreadable one, in the order given, is the error. */
    private static List<SourceFile> read(List<InputFiles.Input> inputs) throws CliException {
        List<Read> read = inputs.parallelStream().map(Read::of).toList();
        List<SourceFile> files = new ArrayList<>(read.size());
        for (Read file : read) {
            if (file.problem() != null) {
                throw file.problem();
            }
            files.add(file.file());
        }
        return files;
    }

    /** One file read, or why it could not be. */
    private record Read(SourceFile file, CliException problem) {
        static Read of(InputFiles.Input input) {
            try {
                return new Read(InputFiles.read(input), null);
            } catch (CliException e) {
                return new Read(null, e);
            }
        }
    }
}
