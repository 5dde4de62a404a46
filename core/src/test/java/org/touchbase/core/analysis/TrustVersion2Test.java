package org.touchbase.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;

import org.junit.jupiter.api.Test;
import org.touchbase.core.model.Person;
import org.touchbase.core.workspace.Project;

/** Trust in version 2: what each change counts as, before and after. */
class TrustVersion2Test {

    private static Trust trust(String text) {
        Analysis analysis = analyzeAndAgainAtNow(text);
        return analysis.trust(analysis.projects().get(0));
    }

    private static Trust trust(String text, String person) {
        Analysis analysis = analyzeAndAgainAtNow(text);
        return analysis.trust(analysis.projects().get(0), analysis.projects().get(0).person(person));
    }

    /**
     * The analysis of {@code text}; and trust asked again at the same moment,
     * as a report's history asks it (only the rules whose findings trust
     * counts run again), must be the analysis's own.
     */
    private static Analysis analyzeAndAgainAtNow(String text) {
        Analysis analysis = analyze(text, TODAY);
        Project project = analysis.projects().get(0);
        Analysis.TrustSnapshot again = analysis.trustAt(project, analysis.now(project));
        assertEquals(analysis.trust(project), again.project());
        for (Person person : project.people()) {
            assertEquals(analysis.trust(project, person), again.person(person), person.id().text());
        }
        return analysis;
    }

    static final String CONFIRMED = """
            project portal {
              person anna { decides }
              touch 2026-11-02 11:00 call with anna { agreed scope "v1" }
              touch %s letter to anna { confirms scope }
            }
            """;

    @Test
    void aConfirmationIsRightOnlyWithinConfirmWithinAndALateOneIsWrong() {
        assertEquals(new Trust(1, 0), trust(CONFIRMED.formatted("2026-11-02 16:00")));
        assertEquals(new Trust(0, 1), trust(CONFIRMED.formatted("2026-11-16")));
    }

    static final String REPLIED = """
            project portal {
              person anna { decides }
              person boris { contact }
              touch q1 2026-11-10 09:00 letter from boris "Hosting?"
              touch 2026-11-10 10:00 reply to %s re q1 "Our cloud"
            }
            """;

    @Test
    void aReplyOnTimeIsRightOnlyWhenItGoesToThePersonWhoWrote() {
        assertEquals(new Trust(1, 0), trust(REPLIED.formatted("boris")));
        assertEquals(new Trust(0, 1), trust(REPLIED.formatted("anna")));
        assertEquals(new Trust(0, 1), trust(REPLIED.formatted("anna"), "anna"));
    }

    @Test
    void aMisdirectedReplyDatedLaterDoesNotCountYet() {
        String later = REPLIED.replace("2026-11-10 10:00 reply", "2026-11-25 10:00 reply");
        // the letter is unanswered today; the reply to the wrong person has not been sent yet
        assertEquals(new Trust(0, 1), trust(later.formatted("anna")));
        assertEquals(new Trust(0, 1), trust(later.formatted("boris")));
    }

    @Test
    void aNoreplyTouchCountsForNeither() {
        assertEquals(Trust.UNKNOWN, trust("""
                project portal {
                  person boris { contact }
                  touch q1 2026-11-01 letter from boris "Thanks!" { noreply }
                }
                """));
    }

    static final String ACTION = """
            project portal {
              person boris { contact }
              touch 2026-11-05 meeting with boris {
                summary final { action brandbook "Send the brand book" owner boris due 2026-11-10 %s }
              }
            }
            """;

    @Test
    void anActionDoneByItsDueDayIsRightAndAnOverdueOneWrong() {
        assertEquals(new Trust(1, 0), trust(ACTION.formatted("done 2026-11-10"), "boris"));
        assertEquals(new Trust(0, 0), trust(ACTION.formatted("done 2026-11-12"), "boris"));
        assertEquals(new Trust(0, 1), trust(ACTION.formatted(""), "boris"));
    }

    @Test
    void anObligationRemindedTooLongAgoIsWrongAgain() {
        String text = """
                project portal {
                  person boris { contact }
                  expect photos from boris "Photos" due 2026-11-01
                  touch 2026-11-%s reminder to boris { reminds photos }
                }
                """;
        assertEquals(new Trust(0, 0), trust(text.formatted("15")));
        assertEquals(new Trust(0, 1), trust(text.formatted("05")));
    }
}
