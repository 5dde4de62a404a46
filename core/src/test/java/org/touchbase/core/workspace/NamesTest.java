package org.touchbase.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.files;
import static org.touchbase.core.ClientAssert.settings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.text.Position;
import org.touchbase.core.text.SourceFile;

/**
 * Every declaration and use of a name, as the linker records them for the
 * editor: in each namespace, in blocks that belong to a project and in blocks
 * that belong to none.
 */
class NamesTest {

    private static final String PROJECT = """
            project portal {
              goal main "Grow"
              member olga "Olga"
              person anna { decides goal rev "Revenue" }
              person boris { contact }
              plan { step design "Design" due 2026-10-01 }
              touch q1 2026-11-02 09:00 letter from boris "Hosting?"
              touch 2026-11-02 10:00 reply to boris re q1 "Our cloud"
              touch 2026-11-03 meeting with anna "Scope" {
                purpose "p" benefit "b"
                agreed scope "Catalogue"
                agreed scope2 "Mobile first" replaces scope
                summary { action send "Send" owner olga due 2026-11-05 }
              }
              touch 2026-11-04 letter to anna "Minutes" { purpose "p" benefit "b" confirms scope2 reminds logo, send }
              expect logo from boris "Logo" due 2026-11-10
            }
            """;

    private static final String ORPHANS = """
            log nowhere {
              goal g "G"
              member m "M"
              person p { decides goal pg "PG" }
              plan { step s "S" due 2026-10-01 }
              touch t 2026-11-02 call with p {
                agreed a "A" replaces b
                summary { action act "Do" owner m }
              }
              touch 2026-11-03 letter to p re t { confirms a reminds e }
              expect e from p "E" due 2026-11-10
            }
            project portal {
              person anna
            }
            """;

    private static Names names() {
        return analyze(files("a.client", PROJECT, "b.client", ORPHANS), settings(TODAY)).knowledgeBase().names();
    }

    /** {@code b.client 3:5 PERSON nowhere m declared}: an occurrence as one line. */
    private static String describe(Names.Occurrence occurrence) {
        Position at = occurrence.file().position(occurrence.name().span().start());
        Names.Key key = occurrence.key();
        return occurrence.file().id() + " " + (at.line() + 1) + ":" + (at.column() + 1) + " " + key.kind() + " "
                + (key.scope().isEmpty() ? "-" : key.scope()) + " " + key.name()
                + (occurrence.declaration() ? " declared" : "");
    }

    @Test
    void everyDeclarationAndUseInAProject() {
        List<String> all = names().all().stream().map(NamesTest::describe)
                .filter(line -> line.startsWith("a.client")).toList();
        assertEquals(List.of(
                "a.client 1:9 PROJECT - portal declared",
                "a.client 2:8 GOAL portal main declared",
                "a.client 3:10 PERSON portal olga declared",
                "a.client 4:10 PERSON portal anna declared",
                "a.client 4:30 GOAL portal rev declared",
                "a.client 5:10 PERSON portal boris declared",
                "a.client 6:15 STEP portal design declared",
                "a.client 7:9 TOUCH portal q1 declared",
                "a.client 7:41 PERSON portal boris",
                "a.client 8:35 PERSON portal boris",
                "a.client 8:44 TOUCH portal q1",
                "a.client 9:33 PERSON portal anna",
                "a.client 11:12 AGREEMENT portal scope declared",
                "a.client 12:12 AGREEMENT portal scope2 declared",
                "a.client 12:43 AGREEMENT portal scope",
                "a.client 13:22 EXPECTATION portal send declared",
                "a.client 13:40 PERSON portal olga",
                "a.client 15:30 PERSON portal anna",
                "a.client 15:80 AGREEMENT portal scope2",
                "a.client 15:95 EXPECTATION portal logo",
                "a.client 15:101 EXPECTATION portal send",
                "a.client 16:10 EXPECTATION portal logo declared",
                "a.client 16:20 PERSON portal boris"), all);
    }

    @Test
    void theNamesOfABlockThatBelongsToNoProjectAreKeptUnderItsName() {
        List<String> all = names().all().stream().map(NamesTest::describe)
                .filter(line -> line.startsWith("b.client")).toList();
        assertEquals(List.of(
                "b.client 1:5 PROJECT - nowhere",
                "b.client 2:8 GOAL nowhere g declared",
                "b.client 3:10 PERSON nowhere m declared",
                "b.client 4:10 PERSON nowhere p declared",
                "b.client 4:27 GOAL nowhere pg declared",
                "b.client 5:15 STEP nowhere s declared",
                "b.client 6:9 TOUCH nowhere t declared",
                "b.client 6:32 PERSON nowhere p",
                "b.client 7:12 AGREEMENT nowhere a declared",
                "b.client 7:27 AGREEMENT nowhere b",
                "b.client 8:22 EXPECTATION nowhere act declared",
                "b.client 8:37 PERSON nowhere m",
                "b.client 10:30 PERSON nowhere p",
                "b.client 10:35 TOUCH nowhere t",
                "b.client 10:48 AGREEMENT nowhere a",
                "b.client 10:58 EXPECTATION nowhere e",
                "b.client 11:10 EXPECTATION nowhere e declared",
                "b.client 11:17 PERSON nowhere p",
                "b.client 13:9 PROJECT - portal declared",
                "b.client 14:10 PERSON portal anna declared"), all);
    }

    @Test
    void theDeclarationThatCountsIsTheFirst() {
        Names names = names();
        Names.Key anna = new Names.Key(Reference.Kind.PERSON, "portal", "anna");
        assertTrue(names.declares(anna));
        assertEquals("a.client", names.declaration(anna).file().id());
        assertEquals(4, names.occurrences(anna).size());
        Names.Key portal = new Names.Key(Reference.Kind.PROJECT, "", "portal");
        assertEquals("a.client", names.declaration(portal).file().id());
        Names.Key nobody = new Names.Key(Reference.Kind.PERSON, "portal", "nobody");
        assertFalse(names.declares(nobody));
        assertNull(names.declaration(nobody));
        assertEquals(List.of(), names.occurrences(nobody));
        Names.Key orphan = new Names.Key(Reference.Kind.PERSON, "nowhere", "p");
        assertTrue(names.declares(orphan));
        assertEquals(4, names.declaration(orphan).file().position(names.declaration(orphan).name().span().start())
                .line() + 1);
        assertEquals(new Names.Key(Reference.Kind.PERSON, "portal", "vera"), anna.renamed("vera"));
    }

    @Test
    void theNameAtAnOffsetIncludingItsEnd() {
        var knowledgeBase = analyze(files("a.client", PROJECT), settings(TODAY)).knowledgeBase();
        Names names = knowledgeBase.names();
        SourceFile file = knowledgeBase.documents().get(0).file();
        int boris = PROJECT.indexOf("boris");
        assertEquals("boris", names.at(file, boris).name().text());
        assertEquals("boris", names.at(file, boris + 3).name().text());
        assertEquals("boris", names.at(file, boris + 5).name().text());
        assertNull(names.at(file, boris - 2));
        assertSame(names.in(file).get(0), names.at(file, PROJECT.indexOf("portal")));
        assertEquals(List.of(), names.in(new SourceFile("c.client", "")));
    }

    @Test
    void aPersonAndAMemberShareTheirNamesWhicheverComesFirst() {
        var analysis = analyze(files("a.client", """
                project portal {
                  member olga "Olga"
                  person olga { decides goal g1 "G1" }
                  person anna { decides }
                  member anna "Anna"
                  member olga "Olga again"
                  person boris { contact goal g2 "G2" }
                }
                """), settings(TODAY));
        Names names = analysis.knowledgeBase().names();
        assertEquals(List.of(
                "a.client 1:9 PROJECT - portal declared",
                "a.client 2:10 PERSON portal olga declared",
                "a.client 3:10 PERSON portal olga declared",
                "a.client 3:30 GOAL portal g1 declared",
                "a.client 4:10 PERSON portal anna declared",
                "a.client 5:10 PERSON portal anna declared",
                "a.client 6:10 PERSON portal olga declared",
                "a.client 7:10 PERSON portal boris declared",
                "a.client 7:31 GOAL portal g2 declared"),
                names.all().stream().map(NamesTest::describe).toList());
        var project = analysis.knowledgeBase().project("portal");
        assertEquals(List.of("anna", "boris"), project.people().stream().map(p -> p.id().text()).toList());
        assertNull(project.goal("g1"), "the goals of a person who is not declared are not declared");
        assertEquals("G2", project.goal("g2").text().value());
        assertEquals(List.of(3, 5, 6), analysis.findings().stream().filter(f -> f.rule().equals("duplicate-id"))
                .map(f -> f.file().position(f.span().start()).line() + 1).toList());
    }
}
