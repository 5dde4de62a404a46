package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.lsp.EditorAssert.assertHover;

import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;
import org.touchbase.report.ReportGenerator;

/**
 * The rule, the hover card and the status document ask one query where an
 * incoming touch stands: with an acknowledgement whose date is not a real
 * one, they name the same {@code eta}.
 */
class OneReplyStateTest {

    /** The acknowledgement of 2026-11-11 is the latest dated one; the one dated 2026-13-40 has no date. */
    static final String TWO_ACKS = """
            project p "P" {
              person boris "Boris" { contact }
              touch q1 2026-11-10 09:40 letter from boris "Which hosting?"
              touch 2026-11-11 reply to boris re q1 { ack eta 2026-11-12 }
              touch 2026-13-40 reply to boris re q1 { ack eta 2026-11-30 }
            }
            """;

    /** The only acknowledgement has no real date: it counts. */
    static final String UNDATED_ACK = """
            project p "P" {
              person boris "Boris" { contact }
              touch q1 2026-11-10 09:40 letter from boris "Which hosting?"
              touch 2026-13-40 reply to boris re q1 { ack eta 2026-11-18 }
            }
            """;

    @Test
    void theLatestDatedAcknowledgementCountsEverywhere() throws Exception {
        assertSameEta(TWO_ACKS, "12 Nov");
    }

    @Test
    void anUndatedAcknowledgementCountsWhenItIsTheOnlyOne() throws Exception {
        assertSameEta(UNDATED_ACK, "18 Nov");
    }

    private static void assertSameEta(String text, String eta) throws Exception {
        try (LspFixture lsp = LspFixture.start()) {
            String uri = lsp.open("p.client", text);
            List<Diagnostic> diagnostics = lsp.diagnostics(uri);
            assertTrue(diagnostics.stream().anyMatch(d -> "unanswered".equals(LspAssert.code(d))
                    && d.getMessage().contains("was promised for " + eta)), "the rule: " + diagnostics);
        }
        assertHover(text.replace("touch q1 2026-11-10 09:40 letter", "touch q1 2026-11-10 09:40 let|ter"),
                "answer promised for " + eta.replace("-", "\\-"));
        Analysis analysis = Analyzer.analyze(List.of(ModelBuilder.build(new SourceFile("p.client", text))),
                file -> Settings.defaults(LocalDateTime.parse(LspFixture.TODAY + "T00:00")));
        String report = ReportGenerator.projectMarkdown(analysis, analysis.projects().get(0), Messages.english());
        assertTrue(report.contains("Promised for " + eta), "the report: " + report);
    }
}
