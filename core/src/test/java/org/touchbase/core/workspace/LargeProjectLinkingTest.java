package org.touchbase.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.analyze;
import static org.touchbase.core.ClientAssert.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.touchbase.core.Parallel;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Touch;

/**
 * A large project is linked in pieces of its touches, side by side: what it links must be what one pass
 * through the touches in order links, also where replies, confirmations, reminders, replacements,
 * duplicates and unknown names cross from one piece to the next.
 */
class LargeProjectLinkingTest {

    private static final int TOUCHES = 3 * Parallel.LARGE_PROJECT + 100;

    /** The touches, {@code special} ones at their index and plain calls between them. */
    private static String bigProject(Map<Integer, String> special) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < TOUCHES; i++) {
            lines.add("  " + special.getOrDefault(i, call(i)) + "\n");
        }
        lines.add("}\n");
        return String.join("", lines);
    }

    private static String call(int i) {
        return "touch t" + i + " 2026-01-01 call with anna \"Call " + i + "\" { purpose \"p\" benefit \"b\" }";
    }

    private static final int PIECE = Parallel.LARGE_PROJECT;

    private static final String HEADER = "project big \"Big\" {\n"
            + "  person anna \"Anna\" { decides }\n"
            + "  person boris \"Boris\" { contact }\n"
            + "  expect logo from boris \"Logo\" due 2026-11-10\n";

    private static final String LOG = "log big {\n"
            + "  touch 2026-01-05 reminder to boris \"Logo?\" { reminds logo }\n"
            + "  touch 2026-01-06 call with anne \"Typo\"\n"
            + "  touch 2026-01-07 reminder to boris \"Logo again?\" { reminds logo }\n"
            + "}\n";

    /** Replies, confirmations, replacements and a duplicate id in the first three pieces. */
    private static Map<Integer, String> special() {
        Map<Integer, String> touches = new HashMap<>();
        touches.put(0, "touch q 2026-01-01 09:00 letter from boris \"Question\"");
        touches.put(5, "touch deal 2026-01-01 call with anna \"Deal\" { purpose \"p\" benefit \"b\" agreed a1 \"Terms\" }");
        touches.put(10, "touch r1 2026-01-02 reply to boris re q \"First answer\"");
        touches.put(PIECE + 10, "touch r2 2026-01-03 reply to boris re q \"Second answer\"");
        touches.put(PIECE + 20, "touch c1 2026-01-03 letter to anna \"Minutes\" { confirms a1 }");
        touches.put(PIECE + 30, "touch n1 2026-01-03 call with anna \"New terms\" { purpose \"p\" benefit \"b\""
                + " agreed a2 \"Terms 2\" replaces a1 }");
        touches.put(2 * PIECE + 10, "touch r3 2026-01-04 reply to boris re q \"Third answer\"");
        touches.put(2 * PIECE + 20, "touch c2 2026-01-04 letter to anna \"Minutes again\" { confirms a1 }");
        touches.put(2 * PIECE + 30, "touch n2 2026-01-04 call with anna \"Newer terms\" { purpose \"p\""
                + " benefit \"b\" agreed a3 \"Terms 3\" replaces a1 }");
        touches.put(2 * PIECE + 40, "touch t7 2026-01-04 call with anna \"Same id as touch 7\"");
        return touches;
    }

    private final Analysis analysis = analyze(bigProject(special()) + LOG, settings(TODAY));

    private final Project project = analysis.knowledgeBase().project("big");

    private List<String> titles(List<Touch> touches) {
        return touches.stream().map(touch -> touch.title().value()).toList();
    }

    @Test
    void repliesFromEveryPieceComeInTheOrderOfTheText() {
        assertEquals(List.of("First answer", "Second answer", "Third answer"),
                titles(project.repliesTo(project.touch("q"))));
    }

    @Test
    void confirmationsAndRemindersFromEveryPieceComeInOrder() {
        assertEquals(List.of("Minutes", "Minutes again"), titles(project.confirmationsOf(project.agreement("a1"))));
        assertEquals(List.of("Logo?", "Logo again?"), titles(project.remindersOf(project.expectation("logo"))));
    }

    @Test
    void theFirstReplacementCountsAcrossPieces() {
        assertSame(project.agreement("a2"), project.replacementOf(project.agreement("a1")));
    }

    @Test
    void aTouchIdTakenInAnEarlierPieceIsADuplicate() {
        assertEquals("Call 7", project.touch("t7").title().value());
        List<Finding> duplicates = analysis.findings().stream()
                .filter(finding -> finding.rule().equals(RuleIds.DUPLICATE_ID)).toList();
        assertEquals(1, duplicates.size());
        assertEquals("touch t7 ", analysis.knowledgeBase().documents().get(0).file().text()
                .substring(duplicates.get(0).span().start() - 6, duplicates.get(0).span().end() + 1));
    }

    @Test
    void anUnknownNameInALaterPieceIsReportedWithItsSuggestion() {
        List<String> unknown = analysis.findings().stream()
                .filter(finding -> finding.rule().equals(RuleIds.UNKNOWN_REFERENCE))
                .map(finding -> Messages.english().format(finding.message())).toList();
        assertEquals(1, unknown.size(), unknown.toString());
        assertEquals(true, unknown.get(0).contains("anna"), unknown.get(0));
    }

    @Test
    void everyTouchIsInTheProjectInOrder() {
        assertEquals(TOUCHES + 3, project.touches().size());
        assertEquals("Question", project.touches().get(0).title().value());
        assertEquals("Call " + (TOUCHES - 1), project.touches().get(TOUCHES - 1).title().value());
        assertEquals("Logo again?", project.touches().get(TOUCHES + 2).title().value());
    }
}
