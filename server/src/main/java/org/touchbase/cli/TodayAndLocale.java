package org.touchbase.cli;

import java.time.LocalDateTime;
import java.util.Locale;
import org.touchbase.core.config.Config;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.config.Dates;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --today} and {@code --locale}, for every command that reads a
 * workspace: what "now" is, and the language of the output. Either wins
 * over the workspace's configuration.
 */
final class TodayAndLocale {

    @Option(names = "--today", paramLabel = "DATE[ TIME]", description = "What \"now\" is, e.g. 2026-09-05 or "
            + "'2026-09-05 14:30' (default: the configuration's today, else the clock).")
    String today;

    @Option(names = "--locale", paramLabel = "en|ru", description = "Language of the output (default: the configuration's, else the system's).")
    Locale locale;

    /** "Now" as given on the command line, or null when it was not. */
    LocalDateTime now() throws CliException {
        if (today == null) {
            return null;
        }
        LocalDateTime now = Dates.parseMoment(today);
        if (now == null) {
            throw new CliException(Message.of("cli.badToday", today));
        }
        return now;
    }

    /** The language of the output: {@code --locale}, else the configuration's, else the system's. */
    Messages messages(Config config) {
        return LocaleConverter.messages(locale,
                config.locale() != null ? config.locale() : Messages.systemLanguage());
    }

    /** The language for a problem met before the configuration is read: {@code --locale}, else the system's. */
    Messages fallbackMessages() {
        return LocaleConverter.messages(locale, Messages.systemLanguage());
    }

    /** A command's work, which may meet trouble in its input or its configuration. */
    interface Attempt {
        int run() throws CliException, ConfigException;
    }

    /** Runs a command's work; trouble ends in exit code 2 with its reason on standard error. */
    int run(CommandLine.Model.CommandSpec spec, Attempt attempt) {
        Messages fallback = fallbackMessages();
        try {
            return attempt.run();
        } catch (CliException e) {
            spec.commandLine().getErr().println(fallback.format(e.problem()));
            return Main.TROUBLE;
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(fallback.format(e.problem()));
            return Main.TROUBLE;
        }
    }
}
