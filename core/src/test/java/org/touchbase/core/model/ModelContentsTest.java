package org.touchbase.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.text.SourceFile;

/**
 * What the model holds of a file: notes, summaries with their kind,
 * decisions, actions, questions and next dates, people's details, touches'
 * kinds and directions, steps and expectations, suppressions.
 */
class ModelContentsTest {

    private static Block block(String text) {
        Document document = ModelBuilder.build(new SourceFile("test.client", text));
        assertEquals(List.of(), document.findings(), "the text is valid");
        return document.blocks().get(0);
    }

    private static List<String> values(List<Text> texts) {
        return texts.stream().map(Text::value).toList();
    }

    private static final String MEETING = """
            project portal {
              person anna "Anna Ivanova" {
                role "CEO"
                decides
                backup
                contact
                goal revenue "Revenue"
                motivation "Growth"
                speaks "English"
                prefers call
                email "anna@example.org"
                phone "+1 555 0100"
                note "Prefers mornings"
                note "Travels in December"
              }
              touch 2026-11-02 10:00 meeting with anna "Kick-off" {
                purpose "Scope"
                benefit "Plan"
                note "Went well"
                summary interim {
                  decision "Catalogue first"
                  decision "Mobile later"
                  action "Send the plan" owner anna due 2026-11-05
                  action "Book a room" owner anna
                  question "Which hosting?"
                  next 2026-11-09 14:30
                  next 2026-11-16
                }
              }
              touch 2026-11-09 call with anna { summary final { decision "Go" } }
              touch 2026-11-10 call with anna { summary { question "When?" } }
            }
            """;

    @Test
    void aFileHoldsEachNameAndEachTextValueOnce() {
        Block block = block("""
                project p {
                  person anna { decides }
                  touch 2026-11-02 call with anna "Weekly call" { note "Went well" }
                  touch 2026-11-09 call with anna "Weekly call" { note "Went well" }
                }
                """);
        Touch first = block.touches().get(0);
        Touch second = block.touches().get(1);
        assertSame(first.title().value(), second.title().value());
        assertSame(first.notes().get(0).value(), second.notes().get(0).value());
        assertSame(block.people().get(0).id().text(), second.people().get(0).text());
        assertNotEquals(first.title().span(), second.title().span(), "each text keeps its own place");
    }

    @Test
    void aPersonsDetails() {
        Person anna = block(MEETING).people().get(0);
        assertEquals("anna", anna.id().text());
        assertEquals("Anna Ivanova", anna.displayName());
        assertEquals("CEO", anna.role().value());
        assertEquals(List.of(Part.Kind.DECIDES, Part.Kind.BACKUP, Part.Kind.CONTACT),
                anna.parts().stream().map(Part::kind).toList());
        assertTrue(anna.isKeyAt(LocalDateTime.of(2026, 11, 20, 0, 0)));
        assertEquals("revenue", anna.goals().get(0).id().text());
        assertEquals("Revenue", anna.goals().get(0).text().value());
        assertEquals("Growth", anna.motivation().value());
        assertEquals("English", anna.speaks().value());
        assertEquals(TouchKind.CALL, anna.prefers());
        assertEquals("anna@example.org", anna.email().value());
        assertEquals("+1 555 0100", anna.phone().value());
        assertEquals(List.of("Prefers mornings", "Travels in December"), values(anna.notes()));
    }

    @Test
    void somebodyWhoNeitherDecidesNorIsTheContactIsNotKey() {
        Block block = block("""
                project portal {
                  person vera { backup }
                  person gleb
                }
                """);
        LocalDateTime now = LocalDateTime.of(2026, 11, 20, 0, 0);
        assertFalse(block.people().get(0).isKeyAt(now));
        assertTrue(block.people().get(0).backupAt(now));
        assertEquals(List.of(), block.people().get(1).parts());
        assertFalse(block.people().get(1).decidesAt(now));
        assertFalse(block.people().get(1).contactAt(now));
        assertEquals("gleb", block.people().get(1).displayName());
        assertEquals(List.of(), block.people().get(1).notes());
    }

    @Test
    void aTouchsNotesAndSummary() {
        Touch meeting = block(MEETING).touches().get(0);
        assertEquals(List.of("Went well"), values(meeting.notes()));
        assertEquals(1, meeting.summaries().size());
        Summary summary = meeting.summaries().get(0);
        assertEquals(Summary.Kind.INTERIM, summary.kind());
        assertEquals(List.of("Catalogue first", "Mobile later"), values(summary.decisions()));
        assertEquals(List.of("Which hosting?"), values(summary.questions()));
        assertEquals(2, summary.actions().size());
        Summary.Action send = summary.actions().get(0);
        assertEquals("Send the plan", send.text().value());
        assertEquals("anna", send.owner().text());
        assertEquals("2026-11-05", send.due().date().toString());
        assertNull(summary.actions().get(1).due());
        assertEquals(List.of(LocalDateTime.of(2026, 11, 9, 14, 30), LocalDateTime.of(2026, 11, 16, 0, 0)),
                summary.next().stream().map(When::at).toList());
        assertTrue(summary.next().get(0).hasTime());
        assertFalse(summary.next().get(1).hasTime());
        assertTrue(summary.next().get(1).valid());
    }

    @Test
    void aSummaryIsFinalInterimOrOfNoKind() {
        List<Touch> touches = block(MEETING).touches();
        assertEquals(Summary.Kind.FINAL, touches.get(1).summaries().get(0).kind());
        assertEquals(List.of("Go"), values(touches.get(1).summaries().get(0).decisions()));
        assertNull(touches.get(2).summaries().get(0).kind());
        assertEquals(List.of("When?"), values(touches.get(2).summaries().get(0).questions()));
    }

    @Test
    void aNextDateThatIsNotOnTheCalendarHasNoMoment() {
        Document document = ModelBuilder.build(new SourceFile("test.client", """
                project portal {
                  person anna { decides }
                  touch 2026-11-02 meeting with anna { summary { next 2026-02-30 10:00 next 2026-11-20 25:00 } }
                }
                """));
        List<When> next = document.blocks().get(0).touches().get(0).summaries().get(0).next();
        assertFalse(next.get(0).valid());
        assertNull(next.get(0).date());
        assertFalse(next.get(1).valid());
        assertEquals(2, document.findings().size());
    }

    @Test
    void theKindAndDirectionOfTouches() {
        Block block = block("""
                project portal {
                  person anna { decides }
                  touch q 2026-11-02 letter from anna "Q"
                  touch 2026-11-02 reply to anna re q { ack eta 2026-11-04 }
                  touch 2026-11-03 message with anna
                  touch 2026-11-03 ping to anna
                  touch 2026-11-03 reminder to anna
                  touch 2026-11-03 question to anna
                  touch 2026-11-03 call with anna
                  touch 2026-11-03 meeting with anna
                  touch 2026-11-03 presentation with anna
                  touch 2026-11-03 other with anna
                }
                """);
        List<Touch> touches = block.touches();
        assertEquals(List.of(TouchKind.LETTER, TouchKind.REPLY, TouchKind.MESSAGE, TouchKind.PING,
                TouchKind.REMINDER, TouchKind.QUESTION, TouchKind.CALL, TouchKind.MEETING, TouchKind.PRESENTATION,
                TouchKind.OTHER), touches.stream().map(Touch::kind).toList());
        assertEquals(List.of(true, true, true, true, true, true, false, false, false, false),
                touches.stream().map(Touch::isWritten).toList());
        assertEquals(List.of(false, false, false, false, false, false, true, true, true, true),
                touches.stream().map(Touch::isSpoken).toList());
        assertEquals(List.of(false, false, false, false, false, false, false, true, true, false),
                touches.stream().map(t -> t.kind().needsSummary()).toList());
        assertEquals(Direction.FROM, touches.get(0).direction());
        assertTrue(touches.get(0).isIncoming());
        assertTrue(touches.get(0).direction().isIncoming());
        assertFalse(touches.get(0).direction().isStartedByUs());
        assertEquals(Direction.TO, touches.get(1).direction());
        assertFalse(touches.get(1).isIncoming());
        assertTrue(touches.get(1).direction().isStartedByUs());
        assertEquals(Direction.WITH, touches.get(2).direction());
        assertTrue(touches.get(2).direction().isStartedByUs());
        assertFalse(touches.get(2).direction().isIncoming());
        assertTrue(touches.get(1).isAck());
        assertFalse(touches.get(0).isAck());
        assertEquals("q", touches.get(1).replyTo().text());
        assertEquals("2026-11-04", touches.get(1).eta().date().toString());
        assertEquals(TouchKind.LETTER, TouchKind.fromKeyword("letter"));
        assertNull(TouchKind.fromKeyword("fax"));
        assertEquals("presentation", TouchKind.PRESENTATION.keyword());
        assertEquals("with", Direction.WITH.keyword());
    }

    @Test
    void whenATouchHappens() {
        Touch touch = block("""
                project portal {
                  person anna { decides }
                  touch 2026-11-02 10:00 call with anna, boris
                }
                """).touches().get(0);
        LocalDateTime at = LocalDateTime.of(2026, 11, 2, 10, 0);
        assertEquals(at, touch.at());
        assertTrue(touch.happenedBy(at));
        assertFalse(touch.happenedBy(at.minusMinutes(1)));
        assertFalse(touch.isPlannedAt(at));
        assertTrue(touch.isPlannedAt(at.minusMinutes(1)));
        assertTrue(touch.involves("boris"));
        assertFalse(touch.involves("vera"));
    }

    @Test
    void aTouchOnNoRealDateNeitherHappenedNorIsPlanned() {
        Document document = ModelBuilder.build(new SourceFile("test.client", """
                project portal {
                  person anna { decides }
                  touch 2026-02-30 call with anna
                }
                """));
        Touch touch = document.blocks().get(0).touches().get(0);
        assertNull(touch.at());
        assertFalse(touch.happenedBy(LocalDateTime.of(2030, 1, 1, 0, 0)));
        assertFalse(touch.isPlannedAt(LocalDateTime.of(2020, 1, 1, 0, 0)));
    }

    @Test
    void stepsAndExpectations() {
        Block block = block("""
                project portal {
                  person anna { decides }
                  plan {
                    step a "A" due 2026-10-01 done 2026-09-30
                    step b "B" due 2026-11-01 done
                    step c "C" due 2026-12-01
                  }
                  expect logo from anna "Logo" due 2026-11-10 received 2026-11-09
                  expect texts from anna "Texts" due 2026-11-20
                }
                """);
        List<Step> steps = block.steps();
        assertEquals(List.of(true, true, false), steps.stream().map(Step::done).toList());
        assertEquals("2026-09-30", steps.get(0).doneOn().date().toString());
        assertNull(steps.get(1).doneOn());
        assertEquals("2026-12-01", steps.get(2).due().date().toString());
        assertEquals(1, block.plans().size());
        assertTrue(block.expectations().get(0).isReceived());
        assertEquals("2026-11-09", block.expectations().get(0).received().date().toString());
        assertFalse(block.expectations().get(1).isReceived());
        assertEquals("anna", block.expectations().get(1).from().text());
    }

    @Test
    void aDeadlineIsTheEndOfItsDay() {
        Day day = block("project p {\n  starts 2026-11-20\n}\n").starts();
        assertTrue(day.valid());
        assertEquals(LocalDateTime.of(2026, 11, 21, 0, 0), day.endOfDay());
        assertNull(new Day(null, day.span()).endOfDay());
        assertFalse(new Day(null, day.span()).valid());
    }

    @Test
    void suppressionsWithTheirRulesAndReason() {
        Document document = ModelBuilder.build(new SourceFile("test.client", """
                project portal {
                  // touchbase-disable-next-line no-goals, aimless-touch -- agreed with the client
                  person anna { decides }
                  //touchbase-disable-next-line
                  // touchbase-disable-next-lines no-goals
                  /* touchbase-disable-next-line no-goals */
                }
                """));
        List<Suppression> suppressions = document.suppressions();
        assertEquals(2, suppressions.size());
        Suppression first = suppressions.get(0);
        assertEquals(2, first.targetLine());
        assertEquals(List.of("no-goals", "aimless-touch"), first.rules().stream().map(Name::text).toList());
        assertEquals("agreed with the client", first.reason());
        String text = document.file().text();
        assertEquals(text.indexOf("aimless-touch"), first.rules().get(1).span().start());
        assertEquals(text.indexOf("// touchbase"), first.span().start());
        Suppression bare = suppressions.get(1);
        assertEquals(List.of(), bare.rules());
        assertNull(bare.reason());
        assertEquals(4, bare.targetLine());
    }

    @Test
    void aBlocksAttributes() {
        Block block = block("""
                project portal "Customer portal" {
                  client "Acme"
                  manager "Olga"
                  status paused
                  starts 2026-09-01
                  launch 2026-12-15
                  respond within 4h
                  cadence 2w
                  source "Report"
                  scenario "Plan B"
                }
                """);
        assertTrue(block.isProject());
        assertEquals("Customer portal", block.title().value());
        assertEquals(Status.PAUSED, block.status());
        assertEquals("Report", block.sources().get(0).text().value());
        assertEquals("Plan B", block.scenarios().get(0).text().value());
        assertEquals("2w", block.cadence().term().toString());
        assertEquals(block.name().span(), block.focus());
        Block log = ModelBuilder.build(new SourceFile("log.client", "log portal {\n}\n")).blocks().get(0);
        assertFalse(log.isProject());
        assertEquals(Block.Kind.LOG, log.kind());
        assertNull(log.title());
    }

    @Test
    void aSecondSummaryOrEtaIsInvalidAndTheFirstCounts() {
        Document document = ModelBuilder.build(new SourceFile("test.client", """
                project portal {
                  person anna { decides }
                  touch q 2026-11-01 letter from anna
                  touch 2026-11-02 meeting with anna {
                    summary interim { decision "A" }
                    summary final { decision "B" }
                  }
                  touch 2026-11-02 reply to anna { eta 2026-11-03 eta 2026-11-04 }
                }
                """));
        Touch meeting = document.blocks().get(0).touches().get(1);
        assertEquals(1, meeting.summaries().size());
        assertEquals(Summary.Kind.INTERIM, meeting.summaries().get(0).kind());
        Touch reply = document.blocks().get(0).touches().get(2);
        assertEquals("2026-11-03", reply.eta().date().toString());
        String text = document.file().text();
        assertEquals(List.of(
                "invalid-use " + text.indexOf("summary final"),
                "invalid-use " + text.indexOf("eta 2026-11-03"),
                "invalid-use " + text.indexOf("eta 2026-11-04")),
                document.findings().stream().map(f -> f.rule() + " " + f.span().start()).sorted().toList());
    }

    @Test
    void whereEachItemIsPointedAt() {
        Document document = ModelBuilder.build(new SourceFile("test.client", """
                project portal {
                  goal main "Grow"
                  goal "Keep"
                  person anna { decides }
                  plan { step a "A" due 2026-10-01 }
                  source "Report"
                  scenario "Plan B"
                  touch 2026-11-02 call with anna "Scope" {
                    agreed scope "Catalogue"
                    summary { decision "Go" }
                  }
                  expect logo from anna "Logo" due 2026-11-14
                }
                """));
        Block block = document.blocks().get(0);
        String text = document.file().text();
        assertEquals(text.indexOf("main"), block.goals().get(0).focus().start());
        assertEquals(text.indexOf("goal \"Keep\""), block.goals().get(1).focus().start());
        assertEquals(text.indexOf("anna"), block.people().get(0).focus().start());
        assertEquals(text.indexOf("step a"), block.steps().get(0).focus().start());
        assertEquals(text.indexOf("source"), block.sources().get(0).focus().start());
        assertEquals(text.indexOf("scenario"), block.scenarios().get(0).focus().start());
        Touch touch = block.touches().get(0);
        assertEquals(text.indexOf("touch"), touch.focus().start());
        assertEquals(text.indexOf(" {\n    agreed"), touch.focus().end());
        assertEquals(text.indexOf("agreed"), touch.agreements().get(0).focus().start());
        assertEquals(text.indexOf("summary"), touch.summaries().get(0).focus().start());
        assertEquals(text.indexOf("expect"), block.expectations().get(0).focus().start());
    }

    @Test
    void aSuppressionAfterAnEmojiPointsAtItsRules() {
        Document document = ModelBuilder.build(new SourceFile("test.client", """
                project portal {
                  source "Chat 😀"
                  // touchbase-disable-next-line aimless-touch
                  touch 2026-11-02 call with anna
                }
                """));
        String text = document.file().text();
        Suppression suppression = document.suppressions().get(0);
        assertEquals(text.indexOf("aimless-touch"), suppression.rules().get(0).span().start());
        assertEquals(text.indexOf("aimless-touch") + "aimless-touch".length(), suppression.rules().get(0).span().end());
        assertEquals(text.indexOf("//"), suppression.span().start());
        assertEquals(3, suppression.targetLine());
    }

    @Test
    void aReasonRightAfterTheMarkAndNoRule() {
        Document document = ModelBuilder.build(new SourceFile("test.client", """
                project portal {
                  //touchbase-disable-next-line-- agreed with the client
                  person anna { decides }
                }
                """));
        Suppression suppression = document.suppressions().get(0);
        assertEquals(List.of(), suppression.rules());
        assertEquals("agreed with the client", suppression.reason());
    }

    @Test
    void aPartlyWithoutItsTextIsStillAPart() {
        Document document = ModelBuilder.build(new SourceFile("test.client", """
                project portal {
                  person anna { decides }
                  expect logo from anna "Logo" due 2026-11-10 received 2026-11-05 partly
                }
                """));
        Expectation logo = document.blocks().get(0).expectations().get(0);
        assertTrue(logo.receipts().get(0).isPartial());
        assertNull(logo.closing());
    }
}
