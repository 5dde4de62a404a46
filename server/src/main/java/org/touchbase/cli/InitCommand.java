package org.touchbase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.touchbase.core.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code touchbase init [DIR]}: a commented starter project
 * ({@code project.client}, in English or Russian) and a
 * {@code touchbase.json}, dated from today, that check without a finding.
 * Nothing is overwritten.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Start a workspace: a commented starter project and its settings.",
            "Writes project.client and touchbase.json into a folder (default: the current one)."})
final class InitCommand implements Callable<Integer> {

    static final String PROJECT_FILE = "project.client";
    static final String CONFIG_FILE = "touchbase.json";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The folder to start in; made when missing.")
    String dir = ".";

    @Option(names = "--locale", paramLabel = "en|ru",
            description = "Language of the starter project and of touchbase.json's locale (default: the system's).")
    Locale locale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String language = locale != null ? locale.getLanguage() : Messages.systemLanguage();
        Messages messages = Messages.forLanguage(language);
        Path folder;
        try {
            folder = Path.of(dir);
        } catch (InvalidPathException e) {
            err.println(messages.get("cli.init.cannotWrite", dir));
            return Main.TROUBLE;
        }
        Path project = folder.resolve(PROJECT_FILE);
        Path config = folder.resolve(CONFIG_FILE);
        for (Path file : new Path[] {project, config}) {
            if (Files.exists(file)) {
                err.println(messages.get("cli.init.exists", file));
                return Main.TROUBLE;
            }
        }
        LocalDate today = LocalDate.now();
        String text = template(language)
                .replace("${today}", today.toString())
                .replace("${week}", today.plusDays(7).toString())
                .replace("${launch}", today.plusDays(90).toString());
        String json = "{\n  \"locale\": \"" + language + "\",\n  \"respondWithin\": \"1d\",\n"
                + "  \"cadence\": \"14d\",\n  \"rules\": {}\n}\n";
        try {
            Files.createDirectories(folder);
            Files.writeString(project, text, StandardCharsets.UTF_8);
            Files.writeString(config, json, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println(messages.get("cli.init.cannotWrite", folder));
            return Main.TROUBLE;
        }
        out.println(messages.get("cli.init.wrote", project, config, folder));
        out.flush();
        return Main.OK;
    }

    private static String template(String language) {
        try (InputStream in = InitCommand.class.getResourceAsStream("init/starter_" + language + ".client")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the starter project for " + language + " is missing", e);
        }
    }
}
