package org.touchbase.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.describeAll;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.files;
import static org.touchbase.core.ClientAssert.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.model.Part;
import org.touchbase.core.model.Status;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.time.Term;

/**
 * Linking a workspace: projects merged with their logs from any file, names
 * declared once (the first declaration counts, whatever order the files come
 * in), every reference resolved, and findings in a stable order.
 */
class LinkingTest {

    private static final String PROJECT = """
            project portal "Customer portal" {
              client "Acme"
              manager "Olga"
              status active
              starts 2026-09-01
              launch 2026-12-15
              respond within 4h
              cadence 1w
              goal main "Grow"
              person anna "Anna Ivanova" { decides }
              person boris { contact }
              plan { step design "Design" due 2026-10-01 }
              source "Report"
              scenario "Plan B"
              touch q1 2026-11-02 09:00 letter from boris "Hosting?"
              touch call 2026-11-03 call with anna "Scope" { purpose "p" benefit "b" agreed scope "Catalogue" }
              expect logo from boris "Logo" due 2026-11-10
            }
            """;

    private static final String LOG = """
            log portal {
              person vera { contact }
              touch 2026-11-03 10:00 reply to boris re q1 "Our cloud"
              touch 2026-11-04 letter to anna "Minutes" { purpose "p" benefit "b" confirms scope }
              touch 2026-11-11 reminder to boris "Logo?" { purpose "p" benefit "b" reminds logo }
            }
            """;

    private static Analysis workspace(String... namesAndTexts) {
        return analyze(files(namesAndTexts), settings(TODAY));
    }

    private static List<String> describe(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding finding : findings) {
            out.add(finding.file().id() + " " + finding.span().start() + "-" + finding.span().end() + " "
                    + finding.rule());
        }
        return out;
    }

    @Test
    void aProjectIsItsBlockAndItsLogsMerged() {
        Analysis analysis = workspace("portal.client", PROJECT, "portal-log.client", LOG);
        Project project = analysis.knowledgeBase().project("portal");
        assertEquals("portal", project.id());
        assertEquals("Customer portal", project.title());
        assertEquals("Acme", project.client().value());
        assertEquals("Olga", project.manager().value());
        assertEquals(Status.ACTIVE, project.status());
        assertTrue(project.isActive());
        assertEquals("2026-09-01", project.starts().date().toString());
        assertEquals("2026-12-15", project.launch().date().toString());
        assertEquals(Term.hours(4), project.respondWithin(Term.days(1)));
        assertEquals(new Term(1, Term.Unit.WEEKS), project.cadence(Term.days(14)));
        assertEquals(List.of("anna", "boris", "vera"), project.people().stream().map(p -> p.id().text()).toList());
        assertEquals(1, project.goals().size());
        assertEquals(1, project.sources().size());
        assertEquals(1, project.steps().size());
        assertEquals(1, project.scenarios().size());
        assertEquals(1, project.expectations().size());
        assertEquals(5, project.touches().size());
        assertEquals("q1", project.touches().get(0).id().text());
        assertEquals("Minutes", project.touches().get(3).title().value());
        assertEquals(2, project.blocks().size());
        assertSame(project.declaration(), project.blocks().get(0));
        assertEquals("project portal", project.toString());
    }

    @Test
    void namesAreLookedUpInTheirNamespaces() {
        Analysis analysis = workspace("portal.client", PROJECT, "portal-log.client", LOG);
        Project project = analysis.knowledgeBase().project("portal");
        assertEquals("Anna Ivanova", project.person("anna").displayName());
        assertEquals("boris", project.person("boris").displayName());
        assertEquals("Grow", project.goal("main").text().value());
        assertEquals("Design", project.step("design").title().value());
        assertEquals("Logo", project.expectation("logo").title().value());
        assertEquals("Catalogue", project.agreement("scope").text().value());
        assertEquals("Scope", project.touchOf(project.agreement("scope")).title().value());
        assertNull(project.person("scope"));
        assertNull(project.touch("nobody"));
        assertNull(project.goal("nothing"));
        assertNull(project.step("nothing"));
        assertNull(project.expectation("nothing"));
        assertNull(project.agreement("nothing"));
    }

    @Test
    void repliesConfirmationsAndRemindersPointBackAtWhatTheyAreAbout() {
        Analysis analysis = workspace("portal.client", PROJECT, "portal-log.client", LOG);
        Project project = analysis.knowledgeBase().project("portal");
        Touch question = project.touch("q1");
        assertEquals(List.of("Our cloud"), project.repliesTo(question).stream().map(t -> t.title().value()).toList());
        assertEquals(List.of("Minutes"), project.confirmationsOf(project.agreement("scope")).stream()
                .map(t -> t.title().value()).toList());
        assertEquals(List.of("Logo?"), project.remindersOf(project.expectation("logo")).stream()
                .map(t -> t.title().value()).toList());
        assertEquals(List.of(), project.repliesTo(project.touch("call")));
    }

    @Test
    void thePeopleOfATouchAreCountedOnceAndOnlyOnceItHappened() {
        Analysis analysis = analyze("""
                project p {
                  person anna { decides }
                  person boris { contact }
                  touch 2026-11-02 call with anna, anna "Twice named"
                  touch 2026-11-05 09:00 meeting with boris, anna "Both"
                  touch 2026-11-05 08:00 call with anna "Earlier that day, written later"
                  touch 2026-11-30 call with anna "Planned"
                }
                """, TODAY);
        Project project = analysis.knowledgeBase().project("p");
        LocalDateTime now = LocalDateTime.parse(TODAY + "T12:00");
        assertEquals(3, project.touchesWith("anna", now));
        assertEquals(1, project.touchesWith("boris", now));
        assertEquals(0, project.touchesWith("vera", now));
        assertEquals("Both", project.lastTouchWith("anna", now).title().value());
        assertEquals("Planned", project.lastTouchWith("anna", LocalDateTime.parse("2026-12-01T00:00")).title().value());
        assertEquals("Both", project.lastTouchWith("boris", now).title().value());
        assertNull(project.lastTouchWith("vera", now));
        assertNull(project.lastTouchWith("anna", LocalDateTime.parse("2026-11-01T00:00")));
    }

    @Test
    void aProjectWithoutItsOwnSettingsTakesTheDefaults() {
        Project project = workspace("p.client", "project p {\n}\n").knowledgeBase().project("p");
        assertEquals("p", project.title());
        assertEquals(Status.ACTIVE, project.status());
        assertEquals(Term.days(2), project.respondWithin(Term.days(2)));
        assertEquals(Term.days(3), project.cadence(Term.days(3)));
        assertNull(project.client());
        assertNull(project.manager());
        assertNull(project.starts());
        assertNull(project.launch());
    }

    @Test
    void onlyAnActiveProjectIsActive() {
        for (String status : List.of("paused", "done", "lost")) {
            Project project = workspace("p.client", "project p {\n  status " + status + "\n}\n")
                    .knowledgeBase().project("p");
            assertFalse(project.isActive(), status);
            assertEquals(status, project.status().keyword());
        }
    }

    @Test
    void everyBlockKnowsItsProject() {
        Analysis analysis = workspace("a.client", "project p {\n}\nproject p {\n}\nlog q {\n}\n",
                "b.client", "log p {\n}\n");
        KnowledgeBase knowledgeBase = analysis.knowledgeBase();
        Project p = knowledgeBase.project("p");
        List<Block> a = knowledgeBase.documents().get(0).blocks();
        assertSame(p, knowledgeBase.projectOf(a.get(0)));
        assertNull(knowledgeBase.projectOf(a.get(1)), "a second project p is a duplicate");
        assertNull(knowledgeBase.projectOf(a.get(2)), "a log of an unknown project");
        assertSame(p, knowledgeBase.projectOf(knowledgeBase.documents().get(1).blocks().get(0)));
        assertEquals(List.of(p), knowledgeBase.projects());
        assertNull(knowledgeBase.project("q"));
    }

    @Test
    void eachDocumentIsFoundByItsFile() {
        Analysis analysis = workspace("a.client", "project p {\n}\n", "b.client", "log p {\n}\n");
        KnowledgeBase knowledgeBase = analysis.knowledgeBase();
        Document b = knowledgeBase.documents().get(1);
        assertSame(b, knowledgeBase.document(b.file()));
        assertNull(knowledgeBase.document(new SourceFile("c.client", "")));
    }

    @Test
    void everyReferenceIsRecordedResolvedOrNot() {
        Analysis analysis = workspace("portal.client", PROJECT, "portal-log.client", LOG + """
                log nowhere {
                  touch 2026-11-05 call with nobody
                }
                """);
        List<String> references = new ArrayList<>();
        for (Reference reference : analysis.knowledgeBase().references()) {
            references.add(reference.kind() + " " + reference.name().text() + (reference.resolved() ? "" : " ?"));
        }
        assertEquals(List.of("AGREEMENT scope", "EXPECTATION logo", "PERSON anna", "PERSON anna", "PERSON boris",
                "PERSON boris", "PERSON boris", "PERSON boris", "PROJECT nowhere ?",
                "PROJECT portal", "TOUCH q1"), references.stream().sorted().toList());
    }

    @Test
    void theFirstDeclarationCountsWhateverTheOrderOfTheFiles() {
        String a = "project portal {\n  person anna { decides }\n}\n";
        String b = "log portal {\n  person anna { contact }\n}\nproject portal {\n}\n";
        Analysis forward = workspace("a.client", a, "b.client", b);
        Analysis backward = workspace("b.client", b, "a.client", a);
        assertEquals(describeAll(forward), describeAll(backward));
        for (Analysis analysis : List.of(forward, backward)) {
            Project project = analysis.knowledgeBase().project("portal");
            assertEquals("a.client", project.declaration().file().id());
            assertTrue(project.person("anna").ever(Part.Kind.DECIDES));
            assertFindings(analysis, f(2, 10, "duplicate-id").in("b.client"), f(4, 9, "duplicate-id").in("b.client"));
        }
    }

    @Test
    void theLogsOfAProjectAreInTheOrderOfTheirFilesWhateverTheOrderGiven() {
        String project = "project p {\n  person anna { decides }\n}\n";
        String first = "log p {\n  touch 2026-11-01 call with anna \"First\"\n}\n";
        String second = "log p {\n  touch 2026-11-02 call with anna \"Second\"\n}\n";
        Analysis analysis = workspace("c.client", second, "b.client", first, "a.client", project);
        Project p = analysis.knowledgeBase().project("p");
        assertEquals(List.of("First", "Second"), p.touches().stream().map(t -> t.title().value()).toList());
        assertEquals(List.of("a.client", "b.client", "c.client"),
                p.blocks().stream().map(block -> block.file().id()).toList());
    }

    @Test
    void aDuplicateInAFolderNamesTheFileOfTheFirstDeclaration() {
        Analysis analysis = workspace(
                "team/portal/a.client", "project portal {\n  person anna { decides }\n}\n",
                "team/portal/b.client", "log portal {\n\n  person anna\n}\n");
        assertFindings(analysis, f(3, 10, "duplicate-id").in("team/portal/b.client")
                .message("`anna` is already declared at a.client:2; the first declaration counts"));
        Analysis rooted = workspace(
                "/a.client", "project portal {\n  person anna { decides }\n}\n",
                "/b.client", "log portal {\n  person anna\n}\n");
        assertFindings(rooted, f(2, 10, "duplicate-id")
                .message("`anna` is already declared at a.client:2; the first declaration counts"));
        Analysis windows = workspace(
                "team\\portal\\a.client", "project portal {\n  person anna { decides }\n}\n",
                "team\\portal\\b.client", "log portal {\n  person anna\n}\n");
        assertFindings(windows, f(2, 10, "duplicate-id")
                .message("`anna` is already declared at a.client:2; the first declaration counts"));
    }

    @Test
    void duplicatesOfEveryKindOfName() {
        assertFindings("""
                project portal {
                  goal g "a"
                  person anna { decides goal g "b" }
                  touch t 2026-09-05 call with anna { purpose "p" benefit "b" }
                  touch t 2026-09-06 call with anna { purpose "p" benefit "b" }
                }
                """, TODAY, f(3, 30, "duplicate-id").message(
                "`g` is already declared at test.client:2; the first declaration counts"),
                f(5, 9, "duplicate-id").message(
                        "`t` is already declared at test.client:4; the first declaration counts"));
    }

    @Test
    void findingsAreInOrderOfFilePositionAndRule() {
        Analysis analysis = workspace(
                "b.client", "project beta {\n  person vera { decides }\n}\n",
                "a.client", "project alpha {\n  touch 2026-11-02 call with nobody\n}\n");
        List<String> order = describe(analysis.findings());
        assertEquals(List.of(
                "a.client 8-13 no-decision-maker",
                "a.client 8-13 no-goals",
                "a.client 8-13 no-info-source",
                "a.client 8-13 no-plan",
                "a.client 8-13 no-plan-b",
                "a.client 8-13 no-scenarios",
                "a.client 18-51 aimless-touch",
                "a.client 45-51 unknown-reference",
                "b.client 8-12 no-goals",
                "b.client 8-12 no-info-source",
                "b.client 8-12 no-plan",
                "b.client 8-12 no-plan-b",
                "b.client 8-12 no-scenarios",
                "b.client 24-28 dm-goals-unknown"), order);
    }

    @Test
    void findingsOfAProjectAreThoseInItsBlocks() {
        Analysis analysis = workspace(
                "a.client", "project alpha {\n  person anna { decides }\n}\nproject beta {\n}\n",
                "b.client", "log alpha {\n  touch 2026-11-02 call with anna\n}\n");
        Project alpha = analysis.knowledgeBase().project("alpha");
        List<Finding> ofAlpha = analysis.findingsOf(alpha);
        assertTrue(ofAlpha.stream().anyMatch(f -> f.rule().equals("aimless-touch")));
        assertTrue(ofAlpha.stream().noneMatch(f -> f.span().start() > 40 && f.file().id().equals("a.client")),
                () -> describe(ofAlpha).toString());
        List<Finding> inB = analysis.findingsIn(analysis.knowledgeBase().documents().get(1).file());
        assertEquals(List.of("aimless-touch"), inB.stream().map(Finding::rule).toList());
    }

    // ---- the files of a workspace

    @Test
    void theClientFilesUnderAFolderSortedSkippingHiddenAndBuildFolders(@TempDir Path root) throws IOException {
        for (String file : List.of("b.client", "a.client", "notes.txt", "team/c.client", ".git/x.client",
                "node_modules/y.client", "target/z.client", "build/z.client", "out/z.client", "dist/z.client",
                ".hidden/z.client", "team/.cache/z.client")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "project p {\n}\n");
        }
        Files.createDirectories(root.resolve("folder.client"));
        assertEquals(List.of(root.resolve("a.client"), root.resolve("b.client"), root.resolve("team/c.client")),
                WorkspaceFiles.find(root));
    }

    @Test
    void aRootThatLooksSkippedIsStillSearched(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("build"));
        Files.writeString(root.resolve("a.client"), "project p {\n}\n");
        assertEquals(List.of(root.resolve("a.client")), WorkspaceFiles.find(root));
    }

    @Test
    void whatIsAClientFile() {
        assertTrue(WorkspaceFiles.isClientFile(Path.of("team/portal.client")));
        assertFalse(WorkspaceFiles.isClientFile(Path.of("team/portal.client.txt")));
        assertFalse(WorkspaceFiles.isClientFile(Path.of("/")));
        assertTrue(WorkspaceFiles.isSkipped(Path.of("team/.git")));
        assertTrue(WorkspaceFiles.isSkipped(Path.of("node_modules")));
        assertFalse(WorkspaceFiles.isSkipped(Path.of("team")));
        assertFalse(WorkspaceFiles.isSkipped(Path.of("/")));
    }

    @Test
    void manyProjectsLinkedTogetherReportAsIfLinkedOneByOne() {
        List<Document> documents = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        for (int i = 10; i < 30; i++) {
            documents.add(ModelBuilder.build(new SourceFile("p" + i + ".client", """
                    project p%d {
                      person anna { decides }
                      person anna { contact }
                      touch 2026-11-02 call with anya
                    }
                    """.formatted(i))));
            expected.add("p" + i + ".client duplicate-id");
            unknowns.add("p" + i + ".client unknown-reference: there is no person `anya` in project `p" + i
                    + "`; did you mean `anna`?");
        }
        expected.addAll(unknowns);
        List<String> found = new ArrayList<>();
        for (Finding finding : Linker.link(documents).findings()) {
            String text = finding.file().id() + " " + finding.rule();
            found.add(finding.rule().equals("unknown-reference")
                    ? text + ": " + Messages.english().format(finding.message()) : text);
        }
        assertEquals(expected, found);
    }

    @Test
    void linkingIsTheSameForTheSameDocumentsInAnyOrder() {
        Document a = ModelBuilder.build(new SourceFile("a.client", PROJECT));
        Document b = ModelBuilder.build(new SourceFile("b.client", LOG));
        KnowledgeBase forward = Linker.link(List.of(a, b));
        KnowledgeBase backward = Linker.link(List.of(b, a));
        assertEquals(forward.documents(), backward.documents());
        assertEquals(forward.findings(), backward.findings());
        assertEquals(forward.references().size(), backward.references().size());
        assertEquals(Map.of("portal", "a.client"), Map.of("portal",
                backward.project("portal").declaration().file().id()));
    }
}
