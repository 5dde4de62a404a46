package org.touchbase.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.touchbase.core.Keystrokes;
import org.touchbase.core.Keystrokes.Keystroke;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.IncrementalUpdate;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.rules.RuleContext;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;

/**
 * A project of thousands of touches is checked side by side (its rules, the
 * moving of its items after an edit), and must find exactly what the same
 * work one step after another finds.
 */
class LargeProjectTest {

    private static final Settings SETTINGS = Settings.defaults(LocalDateTime.of(2026, 6, 1, 12, 0));

    /** A project of {@code groups} times seven touches: letters answered or not, calls with agreements, meetings, questions, reminders. */
    static String project(int groups) {
        StringBuilder out = new StringBuilder("""
                project big "Большой проект" {
                  client "Клиент"
                  starts 2025-01-10
                  member olga "Ольга" { role "AM" }
                  person anna "Анна" { decides goal "Рост" }
                  person boris "Борис" { contact backup }
                  source "Отчёт"
                """);
        LocalDate start = LocalDate.of(2025, 1, 13);
        for (int i = 0; i < groups; i++) {
            LocalDate day = start.plusDays(i % 480);
            String person = i % 3 == 0 ? "boris" : "anna";
            out.append("  touch l").append(i).append(' ').append(day).append(" 10:00 letter from ").append(person)
                    .append(" \"Вопрос ").append(i).append("?\"\n");
            if (i % 4 != 0) {
                out.append("  touch ").append(day.plusDays(i % 5)).append(" reply to ")
                        .append(i % 7 == 0 ? "boris" : person).append(" re l").append(i)
                        .append(i % 4 == 1 ? " { ack eta " + day.plusDays(9) + " }" : " \"Ответ\"").append('\n');
            } else {
                out.append("  touch ").append(day).append(" ping to anna \"\" { purpose \"Напомнить\" }\n");
            }
            out.append("  touch c").append(i).append(' ').append(day.plusDays(1)).append(" call with anna \"Scope\" {\n")
                    .append("    purpose \"Scope\" benefit \"").append(i % 9 == 0 ? " " : "Plan").append("\"\n")
                    .append("    agreed a").append(i).append(" \"Catalogue first\"\n");
            if (i % 2 == 0) {
                out.append("    summary final { decision \"Go\" action x").append(i).append(" \"Send\" owner ")
                        .append(i % 4 == 0 ? "olga" : "anna").append(" due ").append(day.plusDays(6)).append(" }\n");
            }
            out.append("  }\n");
            if (i % 3 == 0) {
                out.append("  touch ").append(day.plusDays(2)).append(" letter to anna \"Итоги\" { confirms a")
                        .append(i).append(" }\n");
            }
            out.append("  touch ").append(day.plusDays(3)).append(" meeting with boris \"Review\"\n");
            out.append("  touch q").append(i).append(' ').append(day.plusDays(4)).append(" question to anna \"Цвет?\"\n");
            out.append("  expect e").append(i).append(" from anna \"Logo\" due ").append(day.plusDays(8)).append('\n');
            if (i % 5 == 0) {
                out.append("  touch ").append(day.plusDays(10)).append(" reminder to anna { reminds e").append(i)
                        .append(", x").append(i).append(" }\n");
            }
        }
        return out.append("}\n").toString();
    }

    @Test
    void theRulesOfALargeProjectRunSideBySideAndFindWhatTheyFindOneAfterAnother() {
        SourceFile file = new SourceFile("big.client", project(600));
        Document document = ModelBuilder.build(file);
        assertEquals(List.of(), document.findings(), "the project parses");
        Analysis analysis = Analyzer.analyze(List.of(document), f -> SETTINGS);
        Project project = analysis.knowledgeBase().projects().get(0);
        assertTrue(project.touches().size() > 2_000, "large enough to run side by side: " + project.touches().size());

        List<Finding> oneAfterAnother = new ArrayList<>();
        Rules.check(new RuleContext(project, SETTINGS, oneAfterAnother));
        List<Finding> sideBySide = Rules.check(project, SETTINGS);

        assertEquals(oneAfterAnother, sideBySide);
        Set<String> rules = new TreeSet<>();
        sideBySide.forEach(finding -> rules.add(finding.rule()));
        assertTrue(rules.containsAll(List.of("unanswered", "late-reply", "misdirected-reply", "unrecorded-agreement",
                "meeting-without-summary", "obligation-overdue", "action-overdue", "empty-text", "aimless-touch")),
                "the project exercises many rules: " + rules);
    }

    @Test
    void editsInALargeProjectFindWhatAFreshAnalysisFinds() {
        String text = project(800);
        Document document = ModelBuilder.build(new SourceFile("big.client", text));
        assertEquals(List.of(), document.findings(), "the project parses");
        assertTrue(document.blocks().get(0).touches().size() > 4_096, "large enough to move items side by side");
        Analysis previous = Analyzer.analyze(List.of(document), f -> SETTINGS);
        Keystrokes keystrokes = new Keystrokes(7, "xя 07-:,\"", 3, 4);
        int incremental = 0;
        for (int i = 0; i < 80; i++) {
            // each edit is made to the same text, after its analysis, as in an editor typing one character
            Keystroke keystroke = keystrokes.anywhere(text);
            String next = keystroke.applyTo(text);
            SourceFile file = new SourceFile("big.client", next);
            Document fast = IncrementalUpdate.apply(document, file, keystroke.start(), keystroke.end(),
                    keystroke.inserted());
            if (fast == null) {
                continue;
            }
            incremental++;
            Document full = ModelBuilder.build(file);
            assertEquals(full.blocks(), fast.blocks(), "the model after edit " + i);
            Analysis edited = Analyzer.analyze(List.of(fast), f -> SETTINGS, previous);
            Analysis fresh = Analyzer.analyze(List.of(full), f -> SETTINGS);
            assertEquals(fresh.findings(), edited.findings(), "the findings after edit " + i);
        }
        assertTrue(incremental > 15, "enough edits are incremental: " + incremental);
    }
}
