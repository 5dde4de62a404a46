package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Trust;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.report.doc.Tone;

/** The RAG rule of docs/report.md. */
class RagTest {

    private static final String HEALTHY = """
            project p "P" {
              goal "g"
              person a "A" { decides backup goal "g" }
              source "s" scenario "s"
              plan { step s "S" due 2026-12-01 }
            %s
            }
            """;

    private static Rag.Result rag(String items) {
        Analysis analysis = Workspaces.analyze(HEALTHY.formatted(items));
        var project = Workspaces.project(analysis, "p");
        return Rag.of(analysis.findingsOf(project), analysis.trust(project));
    }

    @Test
    void greenWithNoWarnings() {
        Rag.Result result = rag("touch 2026-11-18 call with a \"c\" { purpose \"p\" benefit \"b\" }");
        assertEquals(Tone.GREEN, result.tone());
        assertEquals(List.of(), result.reasons());
    }

    @Test
    void infoAndHintsStayGreen() {
        Rag.Result result = rag("touch 2026-11-18 ping to a \"no purpose\"");
        assertEquals(Tone.GREEN, result.tone());
    }

    @Test
    void aWarningIsAmber() {
        Rag.Result result = rag("touch 2026-11-18 call with a \"c\" { purpose \"p\" benefit \"b\" agreed x \"X\" }");
        assertEquals(Tone.AMBER, result.tone());
        assertEquals(true, result.reasons().contains(Message.of("report.rag.reason.warnings", 1)), result.toString());
    }

    @Test
    void anErrorIsRed() {
        Analysis analysis = Workspaces.analyze("project p \"P\" { goal \"g\" }");
        var project = Workspaces.project(analysis, "p");
        Rag.Result result = Rag.of(analysis.findingsOf(project), analysis.trust(project));
        assertEquals(Tone.RED, result.tone());
        assertEquals("report.rag.reason.errors", result.reasons().get(0).key());
        assertEquals(Tone.RED, result.evidence().get(0).tone());
    }

    @Test
    void threeLateThingsAreRed() {
        Rag.Result two = rag("""
                touch q1 2026-11-01 letter from a "1"
                touch q2 2026-11-02 letter from a "2"
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                """);
        assertEquals(Tone.AMBER, two.tone());
        Rag.Result three = rag("""
                touch q1 2026-11-01 letter from a "1"
                touch q2 2026-11-02 letter from a "2"
                touch q3 2026-11-03 letter from a "3"
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                touch 2026-11-19 call with a "c" { purpose "p" benefit "b" }
                """);
        assertEquals(Tone.RED, three.tone());
        assertEquals(Message.of("report.rag.reason.urgent", 3, 3), three.reasons().get(0));
    }

    @Test
    void lowTrustAloneIsAmberOrRed() {
        assertEquals(Tone.GREEN, Rag.of(List.of(), new Trust(3, 1)).tone());
        assertEquals(Tone.AMBER, Rag.of(List.of(), new Trust(2, 1)).tone());
        assertEquals(Tone.AMBER, Rag.of(List.of(), new Trust(1, 1)).tone());
        assertEquals(Tone.RED, Rag.of(List.of(), new Trust(1, 2)).tone());
        assertEquals(Tone.GREEN, Rag.of(List.of(), Trust.UNKNOWN).tone());
    }

    @Test
    void theSamples() throws Exception {
        Analysis samples = Workspaces.samples();
        assertEquals(Tone.GREEN, tone(samples, "booking"));
        assertEquals(Tone.RED, tone(samples, "app"));
        assertEquals(Tone.RED, tone(samples, "loyalty"));
        assertEquals(Tone.AMBER, tone(samples, "портал"));
    }

    private static Tone tone(Analysis analysis, String id) {
        var project = Workspaces.project(analysis, id);
        return Rag.of(analysis.findingsOf(project), analysis.trust(project)).tone();
    }
}
