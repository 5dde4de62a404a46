package org.touchbase.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.SourceFile;

class WorkloadGeneratorTest {

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() {
        assertEquals(new WorkloadGenerator(5, 8, 800).generate(), new WorkloadGenerator(5, 8, 800).generate());
        assertNotEquals(new WorkloadGenerator(5, 8, 800).generate(), new WorkloadGenerator(6, 8, 800).generate());
    }

    @Test
    void theWorkloadHasFindingsOfEveryRule() {
        List<WorkloadGenerator.GeneratedFile> files = new WorkloadGenerator(1, 200, 20_000).generate();
        Analysis analysis = Analyzer.analyze(
                files.stream().map(f -> ModelBuilder.build(new SourceFile(f.name(), f.text()))).toList(),
                file -> Settings.defaults(LocalDateTime.of(2026, 6, 1, 0, 0)));
        Set<String> fired = new TreeSet<>();
        for (Finding finding : analysis.findings()) {
            fired.add(finding.rule());
        }
        Set<String> expected = new TreeSet<>();
        for (RuleInfo rule : Rules.all()) {
            expected.add(rule.id());
        }
        expected.remove("syntax");
        assertEquals(expected, fired, "every rule but syntax (the workload parses cleanly)");
    }
}
