package org.touchbase.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.rules.Rule;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Linker;
import org.touchbase.core.workspace.Project;

/**
 * What each practice rule costs on the 20,000-touch project of the edit
 * benchmark, once compiled: the project is linked afresh before each round,
 * as after an edit (so the project's lazy indexes are made again), and each
 * rule runs alone on one thread. An edit runs the rules of a large project
 * side by side, so the sum is CPU, not wall time.
 *
 * <p>Usage: {@code RuleBenchmark [ROUNDS]}; the first half of the rounds warms up.
 */
public final class RuleBenchmark {

    private RuleBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String text = new WorkloadGenerator(7, 1, 20_000).project("big", 1, 20_000);
        Document document = ModelBuilder.build(new SourceFile("big.client", text));
        Settings settings = Settings.defaults(LocalDateTime.of(2026, 6, 1, 0, 0));
        List<Rule> rules = Rules.practiceRules();
        long[] nanos = new long[rules.size()];
        int[] found = new int[rules.size()];
        int measured = 0;
        for (int round = 0; round < rounds; round++) {
            Project project = Linker.link(List.of(document)).projects().get(0);
            boolean measure = round >= rounds / 2;
            for (int i = 0; i < rules.size(); i++) {
                List<Finding> sink = new ArrayList<>();
                long start = System.nanoTime();
                Rules.check(new RuleContext(project, settings, sink), Set.of(rules.get(i).info().id()));
                long took = System.nanoTime() - start;
                if (measure) {
                    nanos[i] += took;
                    found[i] = sink.size();
                }
            }
            if (measure) {
                measured++;
            }
        }
        long total = 0;
        for (int i = 0; i < rules.size(); i++) {
            total += nanos[i];
            System.out.printf("rule %-28s %6.2f ms %6d findings%n", rules.get(i).info().id(),
                    nanos[i] / 1e6 / measured, found[i]);
        }
        System.out.printf("rules, 20,000-touch project, each alone once compiled: %.1f ms CPU in all (%d rounds)%n",
                total / 1e6 / measured, measured);
    }
}
