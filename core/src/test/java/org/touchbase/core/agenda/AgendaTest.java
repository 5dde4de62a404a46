package org.touchbase.core.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.ClientAssert;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;

/**
 * The agenda of small projects at a fixed "now": each item as
 * {@code urgency date[ time] kind identity}, in the agenda's order.
 */
class AgendaTest {

    private static final Messages EN = Messages.english();

    /** A project with a decision-maker touched recently, so that only what a test adds is due. */
    private static String project(String status, String body) {
        return """
                project p "P" {
                  status %s
                  starts 2026-11-01
                  goal "G"
                  person anna "Anna Smirnova" { decides backup goal "Grow" }
                  touch 2026-11-19 call with anna { purpose "Check in" benefit "Fewer surprises" }
                %s
                }
                """.formatted(status, body);
    }

    private static Agenda agenda(String text, String today) {
        return Agenda.of(ClientAssert.analyze(text, today), Agenda.DEFAULT_DAYS);
    }

    private static List<String> lines(Agenda agenda) {
        return agenda.items().stream().map(item -> item.urgency().id() + " " + item.date()
                + (item.time() == null ? "" : " " + item.time()) + " " + item.kind() + " " + item.identity()).toList();
    }

    private static AgendaItem only(Agenda agenda, String kind) {
        List<AgendaItem> items = agenda.items().stream().filter(item -> item.kind().equals(kind)).toList();
        assertEquals(1, items.size(), () -> lines(agenda).toString());
        return items.get(0);
    }

    @Test
    void groupsByUrgencyOldestFirstAndThenByDate() {
        Agenda agenda = agenda(project("active", """
                  plan {
                    step late   "Late step"   due 2026-11-10
                    step older  "Older step"  due 2026-11-05
                    step today  "Today step"  due 2026-11-20
                    step week   "Week step"   due 2026-11-25
                    step soon   "Soon step"   due 2026-11-30
                    step far    "Far step"    due 2027-01-10
                    step done   "Done step"   due 2026-11-21 done
                  }
                  touch 2026-11-23 10:00 meeting with anna "Review" { purpose "Review" benefit "Clarity" }
                """), "2026-11-20 09:00");
        assertEquals(List.of(
                "overdue 2026-11-05 step step:older",
                "overdue 2026-11-10 step step:late",
                "today 2026-11-20 step step:today",
                "upcoming 2026-11-23 10:00 planned-touch touch:meeting:with:anna:Review",
                "upcoming 2026-11-25 step step:week",
                "soon 2026-11-30 step step:soon"), lines(agenda));
        assertEquals(2, agenda.counts().get(Urgency.OVERDUE));
        assertEquals(1, agenda.items(Urgency.SOON).size());
    }

    @Test
    void onOneDayAllDayItemsComeFirstThenByTimeThenByProjectAndPlace() {
        Agenda agenda = agenda(project("active", """
                  plan { step b "Step" due 2026-11-23 }
                  touch 2026-11-23 10:00 meeting with anna "Late" { purpose "Review" benefit "Clarity" }
                  touch 2026-11-23 09:00 meeting with anna "Early" { purpose "Review" benefit "Clarity" }
                """) + project("active", "  plan { step a \"Step\" due 2026-11-23 }").replace("project p \"P\"",
                "project o \"O\""), "2026-11-20 09:00");
        assertEquals(List.of(
                "upcoming 2026-11-23 step step:a",
                "upcoming 2026-11-23 step step:b",
                "upcoming 2026-11-23 09:00 planned-touch touch:meeting:with:anna:Early",
                "upcoming 2026-11-23 10:00 planned-touch touch:meeting:with:anna:Late"), lines(agenda));
    }

    @Test
    void aLetterToAnswerIsDueAtTheReplyDeadlineThenLateAsTheRuleSays() {
        String text = project("active", """
                  touch 2026-11-19 16:00 letter from anna "Prices?"
                """);
        AgendaItem due = only(agenda(text, "2026-11-20 09:00"), Kinds.REPLY);
        assertEquals(Urgency.TODAY, due.urgency());
        assertTrue(due.allDay(), "one working day: by the end of Friday");
        assertEquals("2026-11-21T00:00", due.due().toString());
        assertEquals("\"Prices?\" (letter, 19 Nov) from Anna Smirnova needs an answer", EN.format(due.what()));
        assertEquals("acknowledge receipt now and say when the answer will come", EN.format(due.action()));
        assertEquals(null, due.rule());

        AgendaItem late = only(agenda(text, "2026-11-21"), Kinds.REPLY);
        assertEquals(Urgency.OVERDUE, late.urgency());
        assertEquals("unanswered", late.rule());
        assertEquals("\"Prices?\" (letter, 19 Nov) from Anna Smirnova has had no answer within 1 working day", EN.format(late.what()));
        assertEquals("acknowledge receipt now and say when the answer will come", EN.format(late.action()));
    }

    @Test
    void anAnswerWePromisedIsDueOnItsEta() {
        String text = project("active", """
                  touch q1 2026-11-18 10:00 letter from anna "Prices?"
                  touch 2026-11-18 12:00 reply to anna re q1 { ack eta 2026-11-24 }
                """);
        AgendaItem promised = only(agenda(text, "2026-11-20"), Kinds.PROMISED_ANSWER);
        assertEquals(Urgency.UPCOMING, promised.urgency());
        assertEquals("2026-11-24", promised.date().toString());
        assertTrue(promised.allDay());
        assertEquals("touch:q1", promised.identity());
        assertEquals(Urgency.OVERDUE, only(agenda(text, "2026-11-25"), Kinds.PROMISED_ANSWER).urgency());
    }

    @Test
    void aSuppressedFindingIsNotOnTheAgenda() {
        Agenda agenda = agenda(project("active", """
                  plan {
                    // touchbase-disable-next-line step-overdue
                    step late "Late step" due 2026-11-10
                  }
                """), "2026-11-20");
        assertEquals(List.of(), lines(agenda));
    }

    @Test
    void obligationsAreDueOnTheirDayWithTheRemindersFix() {
        AgendaItem item = only(agenda(project("active", """
                  expect brandbook from anna "Brand book" due 2026-11-23
                """), "2026-11-20"), Kinds.OBLIGATION);
        assertEquals("\"Brand book\" is due from Anna Smirnova", EN.format(item.what()));
        assertEquals("send a reminder (`reminds brandbook`)", EN.format(item.action()));
        assertEquals(List.of("Anna Smirnova"), item.people());
    }

    @Test
    void aPlannedMeetingComesWithTheOpenQuestionsAndActionsOfTheLastSummary() {
        AgendaItem item = only(agenda(project("active", """
                  touch 2026-11-12 meeting with anna "Design" {
                    purpose "Approve" benefit "Build starts"
                    summary { question "Who signs off the texts?" action "Send the brand book" owner anna due 2026-11-25 }
                  }
                  touch 2026-11-21 14:00 call with anna "Texts" { purpose "Settle the texts" benefit "Launch holds" }
                """), "2026-11-20"), Kinds.PLANNED_TOUCH);
        assertEquals("2026-11-21T14:00", item.due().toString());
        assertEquals("purpose: Settle the texts", EN.format(item.action()));
        assertEquals(List.of("open question: Who signs off the texts?",
                "action: Send the brand book (owner Anna Smirnova, due 25 Nov)"),
                item.prepare().stream().map(EN::format).toList());
    }

    @Test
    void aClientsTouchDatedAheadIsNotOursToPlanAndALetterHasNothingToPrepare() {
        Agenda agenda = agenda(project("active", """
                  touch 2026-11-12 meeting with anna "Design" {
                    purpose "Approve" benefit "Build starts"
                    summary { question "Who signs off the texts?" }
                  }
                  touch 2026-11-21 letter from anna "Texts"
                  touch 2026-11-22 letter to anna "Texts" { purpose "Send texts" benefit "Launch holds" }
                """), "2026-11-20");
        assertEquals(List.of("upcoming 2026-11-22 planned-touch touch:letter:to:anna:Texts"), lines(agenda));
        assertEquals(List.of(), agenda.items().get(0).prepare());
    }

    @Test
    void aKeyPersonIsDueBeforeTheCadenceRunsOutUnlessATouchIsPlanned() {
        String quiet = """
                project p "P" {
                  starts 2026-11-01
                  person anna "Anna Smirnova" { decides }
                  touch 2026-11-08 call with anna { purpose "Check in" benefit "Fewer surprises" }
                %s
                }
                """;
        AgendaItem item = only(agenda(quiet.formatted(""), "2026-11-20"), Kinds.CADENCE);
        assertEquals("2026-11-21", item.date().toString());
        assertEquals("Anna Smirnova: last touch 12 days ago (on 8 Nov), cadence: every 14 days", EN.format(item.what()));
        assertEquals("get in touch", EN.format(item.action()));
        assertEquals(Urgency.OVERDUE, only(agenda(quiet.formatted(""), "2026-11-23"), Kinds.CADENCE).urgency());

        Agenda planned = agenda(quiet.formatted(
                "  touch 2026-11-21 call with anna { purpose \"Plan\" benefit \"Clarity\" }"), "2026-11-20");
        assertEquals(List.of("upcoming 2026-11-21 planned-touch touch:call:with:anna:#1"), lines(planned));
    }

    @Test
    void aMeetingHeldTodayIsToSumUpTodayAndLateFromTomorrow() {
        String text = project("active", """
                  touch 2026-11-20 10:00 meeting with anna "Demo" { purpose "Show" benefit "Feedback" }
                """);
        AgendaItem today = only(agenda(text, "2026-11-20 12:00"), Kinds.SUMMARY);
        assertEquals(Urgency.TODAY, today.urgency());
        assertEquals("sum up the decisions, actions and open questions (`summary`)", EN.format(today.action()));
        assertEquals("meeting-without-summary", only(agenda(text, "2026-11-21"), Kinds.SUMMARY).rule());
    }

    @Test
    void theLaunchAndTheNextTouchASummarySetAreOnTheAgenda() {
        Agenda agenda = agenda("""
                project p "Portal" {
                  launch 2026-11-27
                  person anna "Anna Smirnova" { decides }
                  touch 2026-11-18 meeting with anna "Kick-off" {
                    purpose "Start" benefit "Clarity"
                    summary { decision "Go" next 2026-11-24 }
                  }
                }
                """, "2026-11-20");
        assertEquals(List.of("upcoming 2026-11-24 next-touch touch:meeting:with:anna:Kick-off/next",
                "upcoming 2026-11-27 launch launch"), lines(agenda));
        assertEquals("Launch of Portal", EN.format(agenda.items().get(1).what()));
    }

    @Test
    void aPausedProjectListsOnlyTheClientsLetterAndDoneProjectsNothing() {
        String body = """
                  touch 2026-11-10 letter from anna "Invoice?"
                  plan { step late "Late" due 2026-11-10 }
                  touch 2026-11-23 call with anna "Plan" { purpose "Plan" benefit "Clarity" }
                """;
        assertEquals(List.of(), lines(agenda(project("done", body), "2026-11-20")));
        assertEquals(List.of(), lines(agenda(project("lost", body), "2026-11-20")));
        assertEquals(List.of("overdue 2026-11-11 reply touch:letter:from:anna:Invoice?"),
                lines(agenda(project("paused", body), "2026-11-20")));
    }

    @Test
    void anEmptyWorkspaceHasAnEmptyAgenda() {
        Analysis analysis = ClientAssert.analyze("", "2026-11-20");
        Agenda agenda = Agenda.of(analysis, 7);
        assertTrue(agenda.isEmpty());
        assertEquals(0, agenda.counts().get(Urgency.TODAY));
    }

    @Test
    void theIdentityOfAnItemDoesNotDependOnItsDate() {
        String text = """
                project p "P" {
                  person anna { decides }
                  touch %s 10:00 call with anna "Sync" { purpose "Sync" benefit "Clarity" }
                }
                """;
        assertEquals(only(agenda(text.formatted("2026-11-22"), "2026-11-20"), Kinds.PLANNED_TOUCH).identity(),
                only(agenda(text.formatted("2026-11-25"), "2026-11-20"), Kinds.PLANNED_TOUCH).identity());
    }

    // ---- version 2

    @Test
    void theClientsActionIsDueThenToRemindAgainAfterRemindEvery() {
        String text = project("active", """
                  remind every 3d
                  touch 2026-11-12 meeting with anna "Design" {
                    purpose "Approve" benefit "Build starts"
                    summary { decision "Go" action brand "Send the brand book" owner anna due 2026-11-16 }
                  }
                  touch 2026-11-18 reminder to anna { purpose "Get it" benefit "Launch holds" reminds brand }
                """);
        AgendaItem again = only(agenda(text, "2026-11-20"), Kinds.REMIND_AGAIN);
        assertEquals(Urgency.TODAY, again.urgency(), "reminded on the 18th, every 3 days: by the end of the 20th");
        assertEquals("2026-11-20", again.date().toString());
        assertEquals("action:brand", again.identity());
        assertEquals("remind again", EN.format(again.action()));
        AgendaItem late = only(agenda(text, "2026-11-22"), Kinds.CLIENT_ACTION);
        assertEquals("action-overdue", late.rule());
        AgendaItem before = only(agenda(text, "2026-11-14"), Kinds.CLIENT_ACTION);
        assertEquals("send a reminder (`reminds brand`)", EN.format(before.action()));
    }

    @Test
    void whatWePromisedIsOurActionInTheMembersName() {
        AgendaItem ours = only(agenda(project("active", """
                  member ilya "Ilya Petrov"
                  touch 2026-11-12 meeting with anna "Design" {
                    purpose "Approve" benefit "Build starts"
                    summary { action "Send the estimate" owner ilya due 2026-11-23 }
                  }
                """), "2026-11-20"), Kinds.OUR_ACTION);
        assertEquals(List.of("Ilya Petrov"), ours.people());
        assertEquals("do it, or tell the client the new date (`done` when it is)", EN.format(ours.action()));
    }

    @Test
    void aQuestionWeSentIsToAskAgainAfterRemindEvery() {
        String text = project("active", """
                  touch q5 2026-11-17 10:00 question to anna "Who signs off the texts?" { purpose "Know" benefit "Speed" }
                """);
        AgendaItem ask = only(agenda(text, "2026-11-20"), Kinds.QUESTION);
        assertEquals("2026-11-24T10:00", ask.due().toString());
        assertEquals(null, ask.rule());
        assertEquals("open-question", only(agenda(text, "2026-11-25"), Kinds.QUESTION).rule());
        assertEquals(List.of(), agenda(text + "\nlog p { touch 2026-11-18 letter from anna re q5 \"Me\" }", "2026-11-20")
                .items().stream().filter(item -> item.kind().equals(Kinds.QUESTION)).toList());
    }

    @Test
    void aPauseEndsOnItsDayAndIsStaleAfter() {
        String text = project("paused until 2026-11-24", "");
        AgendaItem ends = only(agenda(text, "2026-11-20"), Kinds.PAUSE_ENDS);
        assertEquals(Urgency.UPCOMING, ends.urgency());
        assertEquals("The pause of P ends", EN.format(ends.what()));
        assertEquals("stale-status", only(agenda(text, "2026-11-26"), Kinds.PAUSE_ENDS).rule());
    }

    @Test
    void aKeyPersonWhoLeavesWithNobodyToTakeOverIsListedByTheDayOfLeaving() {
        AgendaItem leaving = only(agenda(project("active", """
                  person boris "Boris Kuznetsov" { contact left 2026-11-30 "Moves to another company" }
                  touch 2026-11-18 call with boris { purpose "Check in" benefit "News" }
                """), "2026-11-20"), Kinds.KEY_PERSON_LEAVING);
        assertEquals("key-person-leaving", leaving.rule());
        assertEquals(Urgency.SOON, leaving.urgency());
        assertEquals("2026-11-29", leaving.date().toString());
        assertEquals("find out who takes over", EN.format(leaving.action()));
    }

    @Test
    void aMissedCallIsToCallBack() {
        AgendaItem call = only(agenda(project("active", """
                  touch 2026-11-20 09:00 call from anna "Budget" { missed }
                """), "2026-11-20 10:00"), Kinds.REPLY);
        assertEquals("\"Budget\" (call, 20 Nov) from Anna Smirnova was missed and needs a call back",
                EN.format(call.what()));
        assertEquals("call back now, or say when you will", EN.format(call.action()));
    }
}
