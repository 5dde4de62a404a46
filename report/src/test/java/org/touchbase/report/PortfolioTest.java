package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.report.sections.IndexPage;

/** The portfolio for the head of accounts: managers, why a project is not green, the most overdue first. */
class PortfolioTest {

    private static String project(String id, String manager, String due) {
        return """
                project %s "%s" {
                  manager "%s"
                  goal "g"
                  person anna { decides backup goal "g" }
                  source "s"
                  scenario "s"
                  plan { step s "Step of %s" due %s }
                }
                """.formatted(id, id, manager, id, due);
    }

    private static String portfolio(String... texts) {
        Analysis analysis = Workspaces.analyze(texts);
        return Texts.of(IndexPage.sections(analysis, analysis.projects(), Messages.english(), p -> null));
    }

    @Test
    void theMostOverdueFirstNotAlphabetical() {
        String page = portfolio(project("alpha", "Kate Morozova", "2026-11-18"),
                project("beta", "Ilya Petrov", "2026-10-30"));
        assertTrue(page.indexOf("beta") < page.indexOf("alpha"), page);
        assertTrue(page.contains("Ilya Petrov") && page.contains("Kate Morozova"), "a manager column: " + page);
        assertTrue(page.contains("Amber | a warning — Step s was due 30 Oct"), "the reason in one line: " + page);
    }

    @Test
    void aPausedProjectSaysWhatStillWaitsForUs() {
        String page = portfolio(PeopleAndPausesSectionsTest.PAUSED);
        assertTrue(page.contains("paused, yet 1 item waits for us"), page);
    }
}
