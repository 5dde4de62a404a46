package org.touchbase.cli;

import java.util.Locale;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
import picocli.CommandLine;

/**
 * The value of every {@code --locale}: {@code en} or {@code ru}, checked
 * here once for all commands ({@link Main} registers it for {@link Locale}).
 * Anything else stops the command line before a command runs, with
 * {@code cli.badLocale} and exit code 2.
 */
final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {

    @Override
    public Locale convert(String value) {
        if (!Messages.isSupported(value)) {
            throw new BadValue(Message.of("cli.badLocale", value));
        }
        return Locale.forLanguageTag(value);
    }

    /** The messages in {@code locale}'s language, or in {@code otherwise} when no locale was given. */
    static Messages messages(Locale locale, String otherwise) {
        return Messages.forLanguage(locale != null ? locale.getLanguage() : otherwise);
    }

    /** A value an option does not take, and the sentence that says why (instead of picocli's own). */
    static final class BadValue extends CommandLine.TypeConversionException {

        private final transient Message problem;

        BadValue(Message problem) {
            super(problem.key());
            this.problem = problem;
        }

        Message problem() {
            return problem;
        }
    }
}
