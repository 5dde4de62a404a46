package org.touchbase.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.describeAll;
import static org.touchbase.core.ClientAssert.settings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;

/**
 * Analysing again after an edit: a project whose blocks are the very same
 * and whose settings are equal keeps its rule results; any other is checked
 * again; the findings are those of a fresh analysis either way.
 */
class ReanalysisTest {

    private static Document document(String name, String text) {
        return ModelBuilder.build(new SourceFile(name, text));
    }

    private static final String ALPHA = "project alpha {\n  person anna { decides }\n}\n";
    private static final String BETA = "project beta {\n  touch 2026-11-02 call with vera\n}\n";

    @Test
    void anUnchangedProjectKeepsItsResults() {
        Settings settings = settings(TODAY);
        Document alpha = document("a.client", ALPHA);
        Document beta = document("b.client", BETA);
        Analysis first = Analyzer.analyze(List.of(alpha, beta), file -> settings);
        Document betaEdited = document("b.client", BETA.replace("vera", "vera, anna"));
        Analysis second = Analyzer.analyze(List.of(alpha, betaEdited), file -> settings, first);
        Project alphaAgain = second.knowledgeBase().project("alpha");
        Project betaAgain = second.knowledgeBase().project("beta");
        assertSame(first.result(first.knowledgeBase().project("alpha")), second.result(alphaAgain));
        assertNotSame(first.result(first.knowledgeBase().project("beta")), second.result(betaAgain));
        assertEquals(describeAll(Analyzer.analyze(List.of(alpha, betaEdited), file -> settings)),
                describeAll(second));
    }

    @Test
    void otherSettingsCheckTheProjectAgain() {
        Document alpha = document("a.client", ALPHA);
        Analysis first = Analyzer.analyze(List.of(alpha), file -> settings(TODAY));
        Settings later = settings("2026-12-20");
        Analysis second = Analyzer.analyze(List.of(alpha), file -> later, first);
        assertNotSame(first.result(first.projects().get(0)), second.result(second.projects().get(0)));
        assertEquals(later, second.settings(second.projects().get(0)));
    }

    @Test
    void aLogAddedOrRemovedChecksItsProjectAgain() {
        Settings settings = settings(TODAY);
        Document alpha = document("a.client", ALPHA);
        Document log = document("b.client", "log alpha {\n  touch 2026-11-02 call with anna\n}\n");
        Analysis without = Analyzer.analyze(List.of(alpha), file -> settings);
        Analysis with = Analyzer.analyze(List.of(alpha, log), file -> settings, without);
        assertNotSame(without.result(without.projects().get(0)), with.result(with.projects().get(0)));
        assertEquals(1, with.findings().stream().filter(f -> f.rule().equals("aimless-touch")).count());
        Analysis withAnotherLog = Analyzer.analyze(List.of(alpha,
                document("b.client", "log alpha {\n  touch 2026-11-03 call with anna\n}\n")), file -> settings, with);
        assertNotSame(with.result(with.projects().get(0)), withAnotherLog.result(withAnotherLog.projects().get(0)));
        assertEquals("2026-11-03", withAnotherLog.projects().get(0).touches().get(0).at().toLocalDate().toString());
    }

    @Test
    void manyProjectsAreCheckedLikeOne() {
        Settings settings = settings(TODAY);
        List<Document> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(document("p" + (char) ('a' + i) + ".client",
                    "project p" + i + " {\n  touch 2026-11-02 call with anna\n}\n"));
        }
        Analysis analysis = Analyzer.analyze(many, file -> settings);
        assertEquals(12, analysis.findings().stream().filter(f -> f.rule().equals("aimless-touch")).count());
        assertEquals(12, analysis.projects().size());
        for (Project project : analysis.projects()) {
            assertEquals(1, analysis.result(project).raw().stream()
                    .filter(f -> f.rule().equals("aimless-touch")).count(), project.id());
            assertEquals(project.blocks(), analysis.result(project).blocks());
            assertEquals(settings, analysis.result(project).settings());
        }
    }

    private static final String GAMMA = """
            project gamma {
              person anna { decides }
              // touchbase-disable-next-line aimless-touch
              touch 2026-11-02 call with anna
              // touchbase-disable-next-line no-plan-b
              touch 2026-11-03 call with anya
            }
            """;

    @Test
    void aFileTheEditDidNotReachKeepsWhatItReported() {
        Settings settings = settings(TODAY, "no-goals", "error", "no-scenarios", "off");
        Document alpha = document("a.client", ALPHA);
        Document gamma = document("g.client", GAMMA);
        Analysis first = Analyzer.analyze(List.of(alpha, gamma), file -> settings, null);
        Document alphaEdited = document("a.client", ALPHA.replace("decides", "decides backup"));
        Analysis second = Analyzer.analyze(List.of(alphaEdited, gamma), file -> settings, first);
        assertSame(first.knowledgeBase().project("gamma"), second.knowledgeBase().project("gamma"));
        assertSame(first.files().get(gamma.file()), second.files().get(gamma.file()));
        assertNotSame(first.files().get(alpha.file()), second.files().get(alphaEdited.file()));
        assertEquals(describeAll(Analyzer.analyze(List.of(alphaEdited, gamma), file -> settings)),
                describeAll(second));
        assertEquals(Analyzer.analyze(List.of(alphaEdited, gamma), file -> settings).findings(), second.findings());
    }

    @Test
    void aSuppressionChangedInPlaceConfiguresItsFileAgain() {
        Settings settings = settings(TODAY);
        Document gamma = document("g.client", GAMMA);
        Analysis first = Analyzer.analyze(List.of(gamma), file -> settings, null);
        Document renamed = document("g.client", GAMMA.replace("line aimless-touch", "line aimless-toucx"));
        Analysis second = Analyzer.analyze(List.of(renamed), file -> settings, first);
        assertEquals(describeAll(Analyzer.analyze(List.of(renamed), file -> settings)), describeAll(second));
        assertEquals(1, first.findings().stream().filter(f -> f.rule().equals("aimless-touch")).count());
        assertEquals(2, second.findings().stream().filter(f -> f.rule().equals("aimless-touch")).count());
    }

    @Test
    void otherSettingsForAFileConfigureItAgain() {
        Document gamma = document("g.client", GAMMA);
        Analysis first = Analyzer.analyze(List.of(gamma), file -> settings(TODAY), null);
        Settings stricter = settings(TODAY, "unknown-reference", "warning", "no-goals", "off");
        Analysis second = Analyzer.analyze(List.of(gamma), file -> stricter, first);
        assertNotSame(first.files().get(gamma.file()), second.files().get(gamma.file()));
        assertEquals(describeAll(Analyzer.analyze(List.of(gamma), file -> stricter)), describeAll(second));
    }

    @Test
    void aFreshAnalysisKeepsNothingForTheNext() {
        assertTrue(Analyzer.analyze(List.of(document("a.client", ALPHA)), file -> settings(TODAY)).files()
                .isEmpty());
    }
}
