package org.touchbase.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code touchbase rules}: every rule with its default severity and the practice it comes from. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule with its default severity and the practice it comes from.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--locale", paramLabel = "en|ru", description = "Language of the descriptions.")
    Locale locale;

    @Override
    public Integer call() {
        Messages messages = LocaleConverter.messages(locale, Messages.systemLanguage());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-28s %-8s %-9s %s%n", messages.get("cli.rules.id"), messages.get("cli.rules.severity"),
                messages.get("cli.rules.practice"), messages.get("cli.rules.title"));
        for (RuleInfo rule : Rules.all()) {
            String practice = rule.language() ? messages.get("cli.rules.language") : rule.practice();
            out.printf("%-28s %-8s %-9s %s%n", rule.id(), rule.defaultSeverity().id(), practice,
                    messages.get(rule.titleKey()));
        }
        out.flush();
        return Main.OK;
    }
}
