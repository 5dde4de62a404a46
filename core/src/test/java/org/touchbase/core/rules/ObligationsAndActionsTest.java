package org.touchbase.core.rules;

import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.assertFindings;
import static org.touchbase.core.ClientAssert.assertNoFinding;
import static org.touchbase.core.ClientAssert.f;
import static org.touchbase.core.ClientAssert.settings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.time.Term;

/**
 * Version 2, obligations and actions that do not go quiet: {@code remind
 * every}, {@code received … partly}, action ids and {@code done},
 * {@code action-overdue}.
 */
class ObligationsAndActionsTest {

    @Nested
    class RemindEvery {

        static final String REMINDED = """
                project portal {
                  %s
                  person boris { contact }
                  expect photos from boris "Photos of the clinics" due 2026-11-10
                  touch 2026-11-13 10:00 reminder to boris { purpose "p" benefit "b" reminds photos }
                }
                """;

        @Test
        void aReminderExactlyRemindEveryAgoIsTooOld() {
            String text = REMINDED.formatted("");
            assertNoFinding(text, "2026-11-20 09:59", "obligation-overdue");
            assertFindings(text, "2026-11-20 10:00", f(4, 3, "obligation-overdue").message(
                    "\"Photos of the clinics\" was due from boris on 10 Nov and has not been received; last reminded "
                            + "on 13 Nov, and reminders go every 7 days: remind again (`reminds photos`)")
                    .ru("«Photos of the clinics» (от кого: boris) ожидалось к 10 ноября и не получено; последнее напоминание — "
                            + "13 ноября, напоминать нужно раз в 7 дней: напомните снова (`reminds photos`)"));
        }

        @Test
        void theProjectsOwnRemindEveryCounts() {
            assertNoFinding(REMINDED.formatted("remind every 14d"), TODAY, "obligation-overdue");
        }

        @Test
        void theConfiguredRemindEveryIsTheDefault() {
            Settings defaults = settings("2026-11-21");
            Settings fortnight = new Settings(defaults.now(), defaults.respondWithin(), defaults.cadence(),
                    Term.days(14), defaults.confirmWithin(), defaults.calendar(), defaults.rules());
            String text = REMINDED.formatted("");
            assertFindings(analyze(text, defaults), f(4, 3, "obligation-overdue"));
            assertNoFinding(analyze(text, fortnight), "obligation-overdue");
        }

        @Test
        void remindEveryTwiceIsInvalidUseAndInALogToo() {
            assertFindings("""
                    project portal {
                      remind every 7d
                      remind every 14d
                    }
                    log portal {
                      confirm within 2d
                    }
                    """, TODAY, f(3, 3, "invalid-use").message("`remind every` is given twice; the first one counts"),
                    f(6, 3, "invalid-use"));
        }
    }

    @Nested
    class PartialDeliveries {

        static final String EXPECTED = """
                project portal {
                  person boris { contact }
                  expect texts from boris "Texts" due 2026-11-10 %s
                }
                """;

        @Test
        void aPartlyReceivedObligationIsStillOpenAndTheMessageSaysWhatCame() {
            assertFindings(EXPECTED.formatted("received 2026-11-09 partly \"13 of 15 texts\""), TODAY,
                    f(3, 3, "obligation-overdue").message("\"Texts\" was due from boris on 10 Nov, has not been "
                            + "received in full (so far came: 13 of 15 texts (9 Nov)), and nobody has reminded "
                            + "them since: send a reminder (`reminds texts`)")
                            .ru("«Texts» (от кого: boris) ожидалось к 10 ноября, не получено полностью (пришло: 13 of 15 texts "
                                    + "(9 ноября)), и с тех пор никто не напомнил: отправьте напоминание "
                                    + "(`reminds texts`)"));
        }

        @Test
        void aPartialDeliveryFollowedByAFullOneClosesIt() {
            assertNoFinding(EXPECTED.formatted(
                    "received 2026-11-09 partly \"13 of 15 texts\" received 2026-11-12"), TODAY,
                    "obligation-overdue");
        }

        @Test
        void theEarliestFullDeliveryCloses() {
            assertNoFinding(EXPECTED.formatted("received 2026-11-15 received 2026-11-12"), TODAY,
                    "obligation-overdue", "invalid-use", "syntax");
        }
    }

    @Nested
    class Actions {

        static final String MEETING = """
                project portal {
                  %s
                  person boris { contact }
                  touch 2026-11-05 meeting with boris "Review" {
                    purpose "p" benefit "b"
                    summary final {
                      %s
                    }
                  }
                  %s
                }
                """;

        @Test
        void aClientsActionPastDueAndNotRemindedFires() {
            assertFindings(MEETING.formatted("", "action brandbook \"Send the brand book\" owner boris due 2026-11-10",
                    ""), TODAY, f(7, 7, "action-overdue").to(7, 72).message("Action \"Send the brand book\" (owner: "
                            + "boris) was due on 10 Nov and is not done, and nobody has reminded them since: send a "
                            + "reminder (`reminds brandbook`)")
                    .ru("Задача «Send the brand book» (ответственный: boris) должна была быть выполнена к 10 ноября, "
                            + "не выполнена, и с тех пор никто не напомнил: отправьте напоминание "
                            + "(`reminds brandbook`)"));
        }

        @Test
        void anActionWithNothingWrittenInItIsAskedForItsTextNotFollowedUp() {
            // The summary template's placeholder: empty-text asks for the text; action-overdue waits for it.
            assertFindings(MEETING.formatted("", "decision \"Go\"\n      action \"\" owner boris due 2026-11-10", ""),
                    TODAY, f(8, 14, "empty-text"));
            assertFindings(MEETING.formatted("member olga", "decision \"Go\"\n      action \" \" owner olga due 2026-11-10",
                    ""), TODAY, f(8, 14, "empty-text"));
        }

        @Test
        void anActionWithoutAnIdIsAskedForOne() {
            assertFindings(MEETING.formatted("", "action \"Send the brand book\" owner boris due 2026-11-10", ""),
                    TODAY, f(7, 7, "action-overdue").message("Action \"Send the brand book\" (owner: boris) was due "
                            + "on 10 Nov and is not done, and nobody has reminded them since: give the action an "
                            + "id and send a reminder"));
        }

        @Test
        void anActionDueTodayIsNotOverdue() {
            String text = MEETING.formatted("", "action brandbook \"Send the brand book\" owner boris due 2026-11-20",
                    "");
            assertNoFinding(text, TODAY, "action-overdue");
            assertNoFinding(text, "2026-11-20 23:59", "action-overdue");
            assertFindings(text, "2026-11-21", f(7, 7, "action-overdue"));
        }

        @Test
        void doneWithOrWithoutADayClosesIt() {
            assertNoFinding(MEETING.formatted("", "action b \"Send\" owner boris due 2026-11-10 done", ""), TODAY,
                    "action-overdue", "syntax");
            assertNoFinding(MEETING.formatted("", "action b \"Send\" owner boris due 2026-11-10 done 2026-11-12", ""),
                    TODAY, "action-overdue", "syntax");
        }

        @Test
        void remindsMayNameAnActionAndARecentReminderSilencesIt() {
            String text = MEETING.formatted("", "action brandbook \"Send the brand book\" owner boris due 2026-11-10",
                    "touch 2026-11-15 reminder to boris { purpose \"p\" benefit \"b\" reminds brandbook }");
            assertNoFinding(text, TODAY, "action-overdue", "unknown-reference");
            assertFindings(text, "2026-11-22", f(7, 7, "action-overdue").message("Action \"Send the brand book\" "
                    + "(owner: boris) was due on 10 Nov and is not done; last reminded on 15 Nov, and "
                    + "reminders go every 7 days: remind again"));
        }

        @Test
        void actionIdsShareTheNamespaceOfExpectations() {
            assertFindings(MEETING.formatted("", "action photos \"Send the photos\" owner boris due 2026-11-30",
                    "expect photos from boris \"Photos\" due 2026-11-30"), TODAY, f(10, 10, "duplicate-id"));
        }

        @Test
        void anUnknownReminderTargetNamesBothKinds() {
            assertFindings(MEETING.formatted("", "decision \"Go\"",
                    "touch 2026-11-15 reminder to boris { purpose \"p\" benefit \"b\" reminds brandbok }"), TODAY,
                    f(10, 72, "unknown-reference").message(
                            "there is no expectation or action `brandbok` in project `portal`"));
        }

        @Test
        void aPausedProjectIsNotChased() {
            assertNoFinding(MEETING.formatted("status paused",
                    "action brandbook \"Send the brand book\" owner boris due 2026-11-10", ""), TODAY,
                    "action-overdue");
        }

        @Test
        void keywordsOfVersionTwoStayUsableAsNames() {
            assertNoFinding("""
                    project portal {
                      person missed { contact }
                      person partly { decides }
                      touch noreply 2026-11-05 meeting with missed, partly "Review" {
                        agreed replaces "x"
                        agreed every "y" replaces replaces
                        summary final { action remind "Send" owner partly due 2026-11-30 done }
                      }
                      expect confirm from missed "Photos" due 2026-11-30
                    }
                    """, TODAY, "syntax", "unknown-reference", "invalid-use");
        }
    }
}
