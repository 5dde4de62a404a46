package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.workspace.Project;

/**
 * Nothing internal reaches the client's document: every internal field of
 * this workspace carries a marker {@code SECRET-…}, and no document for the
 * client, in either format or language, shows one, nor a file position, the
 * trust index, the RAG or a finding.
 */
class ClientLeakTest {

    static final String WORKSPACE = """
            project leak "Leak test" {
              client "Acme"
              manager "Kate Morozova"
              starts 2026-09-01
              launch 2026-12-14 was 2026-12-07
              goal "SECRET-project-goal"
              member kate "Kate Morozova" {
                role "SECRET-member-role"
                email "SECRET-member-email"
                phone "SECRET-member-phone"
              }
              person irina "Irina Volkova" {
                role "SECRET-person-role"
                decides
                goal "SECRET-person-goal"
                motivation "SECRET-motivation"
                speaks "SECRET-speaks"
                prefers message "SECRET-channel"
                email "SECRET-person-email"
                phone "SECRET-person-phone"
                note "SECRET-person-note"
                away 2026-10-26 until 2026-10-30 "SECRET-away-reason"
              }
              person oleg "Oleg Sokolov" {
                contact
                left 2026-11-01 "SECRET-left-reason"
              }
              source "SECRET-source"
              scenario "SECRET-scenario"
              plan {
                step pilot "Pilot" due 2026-11-27
              }
              // touchbase-disable-next-line aimless-touch -- SECRET-suppression-reason
              touch 2026-09-03 11:00 meeting with irina "Kick-off" {
                purpose "SECRET-purpose"
                benefit "SECRET-benefit"
                note "SECRET-touch-note"
                // touchbase-disable-next-line unrecorded-agreement -- SECRET-silenced-agreement
                agreed scope "Scope of v1"
                summary final {
                  decision "Scope approved"
                  action "Send the prices" owner irina due 2026-09-12
                  action "Send the mock-ups" owner kate due 2026-12-01
                  question "Who writes the texts?"
                  next 2026-09-17
                }
              }
              touch 2026-09-10 letter from irina "A question" { note "SECRET-letter-note" }
              expect prices from irina "The prices" due 2026-09-12
            }
            """;

    private static final Pattern MARKER = Pattern.compile("SECRET-[a-z-]+");

    @TestFactory
    Stream<DynamicTest> noInternalFieldReachesTheClientsDocument() {
        Analysis analysis = Workspaces.analyze(WORKSPACE);
        Project project = Workspaces.project(analysis, "leak");
        List<DynamicTest> tests = new ArrayList<>();
        for (String locale : List.of("en", "ru")) {
            Messages messages = Messages.forLanguage(locale);
            for (ReportFormat format : ReportFormat.values()) {
                tests.add(DynamicTest.dynamicTest(locale + "/" + format.extension(), () -> {
                    String document = ReportGenerator.clientDocument(analysis, project, messages, format);
                    Matcher leak = MARKER.matcher(document);
                    assertFalse(leak.find(), () -> "leaks " + leak.group() + ":\n" + document);
                    assertFalse(document.contains("a.client"), "no file positions");
                    assertFalse(document.contains(messages.get("report.header.trust")), "no trust");
                    for (String rag : List.of("red", "amber", "green")) {
                        assertFalse(document.contains(messages.get("report.rag." + rag)), "no RAG");
                    }
                    assertFalse(document.contains(messages.get("report.findings.title")), "no findings");
                    assertFalse(document.contains(messages.get("report.agreements.silenced")), "no suppressions");
                    assertTrue(document.contains("Scope approved"), "the decisions are there");
                    assertTrue(document.contains("Send the mock-ups"), "our actions are there");
                    assertTrue(document.contains("The prices"), "the client's obligations are there");
                }));
            }
        }
        return tests.stream();
    }

    /** The markers are where the internal document shows them: the test would see a leak. */
    @Test
    void theInternalDocumentCarriesTheMarkers() {
        Analysis analysis = Workspaces.analyze(WORKSPACE);
        String internal = ReportGenerator.projectMarkdown(analysis, Workspaces.project(analysis, "leak"),
                Messages.english());
        assertTrue(internal.contains(Messages.english().get("report.agreements.silenced")));
        for (String marker : List.of("SECRET-project-goal", "SECRET-person-goal", "SECRET-motivation",
                "SECRET-person-email", "SECRET-member-email")) {
            assertTrue(internal.contains(marker), marker);
        }
    }
}
