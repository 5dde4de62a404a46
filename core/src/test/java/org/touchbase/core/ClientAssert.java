package org.touchbase.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Dates;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.rules.RuleLevel;
import org.touchbase.core.text.Position;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Names;
import org.touchbase.core.workspace.Reference;

/**
 * Asserts on what Touchbase finds in {@code .client} text, in the style of
 * LemMinX's {@code XMLAssert}: the text is written inline, expectations are
 * short builders, and what a test does not specify is not compared.
 *
 * <pre>
 * assertFindings(text, "2026-11-20", f(3, 5, "unanswered"));
 * assertNoFinding(text, "2026-11-20", "unanswered");
 * assertMarked(text, "2026-11-20", "late-reply");   // text holds [[...]] or | markers
 * </pre>
 *
 * <p>Lines and columns are 1-based, as in the command-line output.
 * {@link #assertFindings} compares only the findings of the rules the
 * expectations name: a test about {@code unanswered} is not disturbed by the
 * {@code no-goals} finding of its minimal project.
 */
public final class ClientAssert {

    /** The reference date of the samples and of most tests. */
    public static final String TODAY = "2026-11-20";

    /** The file name a single text is checked under. */
    public static final String FILE = "test.client";

    private ClientAssert() {
    }

    // ---- expectations

    /** An expected finding; null fields are not compared. */
    public static final class Expected {
        final String rule;
        Integer line;
        Integer column;
        Integer endLine;
        Integer endColumn;
        String file;
        String message;
        String russian;
        Severity severity;

        Expected(String rule) {
            this.rule = rule;
        }

        /** Where the finding ends (1-based, just past its last character). */
        public Expected to(int newEndLine, int newEndColumn) {
            this.endLine = newEndLine;
            this.endColumn = newEndColumn;
            return this;
        }

        /** Its message in English. */
        public Expected message(String english) {
            this.message = english;
            return this;
        }

        /** Its message in Russian. */
        public Expected ru(String text) {
            this.russian = text;
            return this;
        }

        public Expected severity(Severity newSeverity) {
            this.severity = newSeverity;
            return this;
        }

        /** The file it is in, for workspaces of several files. */
        public Expected in(String newFile) {
            this.file = newFile;
            return this;
        }

        String render() {
            StringBuilder out = new StringBuilder();
            if (file != null) {
                out.append(file).append(' ');
            }
            if (line != null) {
                out.append(line).append(':').append(column);
            }
            if (endLine != null) {
                out.append('-').append(endLine).append(':').append(endColumn);
            }
            out.append(' ').append(rule);
            if (severity != null) {
                out.append(' ').append(severity.id());
            }
            if (message != null) {
                out.append(" \"").append(message).append('"');
            }
            if (russian != null) {
                out.append(" ru\"").append(russian).append('"');
            }
            return out.toString();
        }

        /** The actual finding, showing only what this expectation specifies. */
        String render(Finding finding) {
            Expected actual = new Expected(finding.rule());
            Position start = start(finding);
            Position end = end(finding);
            actual.file = file == null ? null : finding.file().id();
            actual.line = line == null ? null : start.line();
            actual.column = column == null ? null : start.column();
            actual.endLine = endLine == null ? null : end.line();
            actual.endColumn = endColumn == null ? null : end.column();
            actual.severity = severity == null ? null : finding.severity();
            actual.message = message == null ? null : english(finding);
            actual.russian = russian == null ? null : russian(finding);
            return actual.render();
        }
    }

    /** A finding of {@code rule} that starts at {@code line}:{@code column} (1-based). */
    public static Expected f(int line, int column, String rule) {
        Expected expected = new Expected(rule);
        expected.line = line;
        expected.column = column;
        return expected;
    }

    /** A finding of {@code rule}, wherever it is. */
    public static Expected f(String rule) {
        return new Expected(rule);
    }

    // ---- analysing

    /** "Now" as the command line reads it: a date (the start of that day) or a date-time. */
    public static LocalDateTime now(String today) {
        LocalDateTime now = Dates.parseMoment(today);
        if (now == null) {
            throw new IllegalArgumentException("not a date: " + today);
        }
        return now;
    }

    public static Settings settings(String today) {
        return Settings.defaults(now(today));
    }

    /** Settings with rule levels: {@code settings(TODAY, "no-goals", "off", "aimless-touch", "error")}. */
    public static Settings settings(String today, String... ruleLevels) {
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        for (int i = 0; i < ruleLevels.length; i += 2) {
            rules.put(ruleLevels[i], RuleLevel.fromId(ruleLevels[i + 1]));
        }
        Settings defaults = settings(today);
        return defaults.withRules(Map.copyOf(rules));
    }

    public static Analysis analyze(String text, String today) {
        return analyze(text, settings(today));
    }

    public static Analysis analyze(String text, Settings settings) {
        return analyze(Map.of(FILE, Marked.of(text).text()), settings);
    }

    /** Analyses a workspace of several files, by file name. */
    public static Analysis analyze(Map<String, String> files, Settings settings) {
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            documents.add(ModelBuilder.build(new SourceFile(file.getKey(), file.getValue())));
        }
        return Analyzer.analyze(documents, file -> settings);
    }

    /** {@code files("a.client", textA, "b.client", textB)}: a workspace, in order. */
    public static Map<String, String> files(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return files;
    }

    // ---- asserting

    /**
     * The findings of the rules named in {@code expected} are exactly those,
     * in order of position; other rules are not looked at.
     */
    public static void assertFindings(String text, String today, Expected... expected) {
        assertFindings(analyze(text, today), expected);
    }

    public static void assertFindings(Analysis analysis, Expected... expected) {
        Set<String> rules = new LinkedHashSet<>();
        for (Expected e : expected) {
            rules.add(e.rule);
        }
        List<Finding> actual = analysis.findings().stream().filter(f -> rules.contains(f.rule())).toList();
        compare(Arrays.asList(expected), actual, analysis);
    }

    /** Every finding, of any rule, is one of {@code expected}, in order of position. */
    public static void assertExactFindings(Analysis analysis, Expected... expected) {
        compare(Arrays.asList(expected), analysis.findings(), analysis);
    }

    private static void compare(List<Expected> expected, List<Finding> actual, Analysis analysis) {
        StringBuilder want = new StringBuilder();
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            if (i < expected.size()) {
                want.append(expected.get(i).render()).append('\n');
            }
            if (i < actual.size()) {
                got.append(i < expected.size() ? expected.get(i).render(actual.get(i)) : describe(actual.get(i)))
                        .append('\n');
            }
        }
        assertEquals(want.toString(), got.toString(), () -> "all findings:\n" + describeAll(analysis));
    }

    /** No finding of any of {@code rules}. */
    public static void assertNoFinding(String text, String today, String... rules) {
        assertNoFinding(analyze(text, today), rules);
    }

    public static void assertNoFinding(Analysis analysis, String... rules) {
        Set<String> names = Set.of(rules);
        List<Finding> found = analysis.findings().stream().filter(f -> names.contains(f.rule())).toList();
        assertTrue(found.isEmpty(), () -> "expected no " + names + " finding, got:\n" + describe(found));
    }

    /** No finding at all. */
    public static void assertNoFindings(String text, String today) {
        Analysis analysis = analyze(text, today);
        assertTrue(analysis.findings().isEmpty(), () -> "expected no finding, got:\n" + describeAll(analysis));
    }

    /**
     * The findings of {@code rule} are exactly at the marked places of the
     * text: {@code [[...]]} marks a finding's whole span, {@code |} its start.
     */
    public static void assertMarked(String markedText, String today, String rule) {
        assertMarked(markedText, settings(today), rule);
    }

    public static void assertMarked(String markedText, Settings settings, String rule) {
        Marked marked = Marked.of(markedText);
        Analysis analysis = analyze(marked.text(), settings);
        SourceFile file = analysis.knowledgeBase().documents().get(0).file();
        List<Expected> expected = new ArrayList<>();
        for (Marked.Mark mark : marked.marks()) {
            Position start = file.position(mark.start());
            Expected e = f(start.line() + 1, start.column() + 1, rule);
            if (!mark.caret()) {
                Position end = file.position(mark.end());
                e.to(end.line() + 1, end.column() + 1);
            }
            expected.add(e);
        }
        List<Finding> actual = analysis.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        compare(expected, actual, analysis);
    }

    // ---- describing

    public static String english(Finding finding) {
        return Messages.english().format(finding.message());
    }

    public static String russian(Finding finding) {
        return Messages.forLanguage("ru").format(finding.message());
    }

    static Position start(Finding finding) {
        Position position = finding.file().position(finding.span().start());
        return new Position(position.line() + 1, position.column() + 1);
    }

    static Position end(Finding finding) {
        Position position = finding.file().position(finding.span().end());
        return new Position(position.line() + 1, position.column() + 1);
    }

    /** {@code file 3:5-3:12 rule severity "message"}. */
    public static String describe(Finding finding) {
        Position start = start(finding);
        Position end = end(finding);
        return finding.file().id() + " " + start.line() + ":" + start.column() + "-" + end.line() + ":"
                + end.column() + " " + finding.rule() + " " + finding.severity().id() + " \"" + english(finding)
                + "\"";
    }

    /** A line for each finding, as {@link #describe(Finding)}. */
    public static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : findings) {
            out.append(describe(finding)).append('\n');
        }
        return out.toString();
    }

    public static String describeAll(Analysis analysis) {
        return describe(analysis.findings());
    }

    /** What a link resolved and declared: a line for each reference (resolved or not), then for each name. */
    public static String describeLinks(KnowledgeBase knowledgeBase) {
        StringBuilder out = new StringBuilder();
        for (Reference reference : knowledgeBase.references()) {
            out.append(reference.file().id()).append(' ').append(reference.name()).append(' ')
                    .append(reference.kind()).append(reference.target() == null ? " ?" : " ->").append('\n');
        }
        for (Names.Occurrence occurrence : knowledgeBase.names().all()) {
            out.append(occurrence.file().id()).append(' ').append(occurrence.name()).append(' ')
                    .append(occurrence.key()).append(occurrence.declaration() ? " declared" : "").append('\n');
        }
        return out.toString();
    }

    /** The findings of one rule. */
    public static List<Finding> findings(Analysis analysis, String rule) {
        return analysis.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
