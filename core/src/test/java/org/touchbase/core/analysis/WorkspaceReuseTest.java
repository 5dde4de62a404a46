package org.touchbase.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.describeAll;
import static org.touchbase.core.ClientAssert.describeLinks;
import static org.touchbase.core.ClientAssert.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.touchbase.core.Keystrokes;
import org.touchbase.core.Keystrokes.Keystroke;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.IncrementalUpdate;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;

/**
 * Typing anywhere in a workspace of several files, each analysis taking what it can from the one
 * before: after every keystroke, the findings, the references and the names are those of a fresh
 * analysis of the same texts.
 */
class WorkspaceReuseTest {

    private static final Settings SETTINGS = settings(TODAY, "no-goals", "error", "no-scenarios", "off");

    private static String project(String id, String misspelt) {
        return "project " + id + " \"" + id.toUpperCase() + "\" {\n"
                + "  person anna \"Anna\" { decides backup goal \"Grow\" }\n"
                + "  person boris { contact }\n"
                + "  source \"Report\"\n"
                + "  expect logo from boris \"Logo\" due 2026-11-10\n"
                + "  touch q 2026-11-02 09:00 letter from anna \"Prices?\"\n"
                + "  touch 2026-11-03 reply to anna re q \"Prices\"\n"
                + "  // touchbase-disable-next-line aimless-touch\n"
                + "  touch deal 2026-11-04 call with anna, " + misspelt + " \"Deal\" { agreed terms \"Terms\" }\n"
                + "  touch 2026-11-05 letter to anna \"Minutes\" { purpose \"p\" benefit \"b\" confirms terms }\n"
                + "  touch 2026-11-12 reminder to boris \"Logo?\" { purpose \"p\" benefit \"b\" reminds logo }\n"
                + "}\n";
    }

    private static List<String> files() {
        return List.of("a.client", "b.client", "c.client", "d.client", "e.client", "f.client");
    }

    private static List<String> texts() {
        return new ArrayList<>(List.of(
                project("p0", "anya"),
                project("p1", "borys") + "log p2 {\n  touch 2026-11-06 call with vera\n}\n",
                project("p2", "ann"),
                "log p1 {\n  person vera { contact }\n  touch 2026-11-07 reply to anna re q\n}\n",
                project("p0", "anna") + "log nowhere {\n  touch 2026-11-08 call with anna\n}\n",
                project("p3", "bori")));
    }

    /** Everything an analysis says, in order: findings, references, names. */
    private static String describe(Analysis analysis) {
        return describeAll(analysis) + describeLinks(analysis.knowledgeBase());
    }

    private static List<Document> parsed(List<String> texts) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            documents.add(ModelBuilder.build(new SourceFile(files().get(i), texts.get(i))));
        }
        return documents;
    }

    /** The contents of a file's texts and the names it refers to, as {@code [start, end)}. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"([^\"\n]*)\"|(?:with |re |from |to |reminds |confirms )([a-zа-я]+)").matcher(text);
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : 2;
            words.add(new int[] {matcher.start(group), matcher.end(group)});
        }
        return words;
    }

    @Test
    void everyKeystrokeFindsWhatAFreshAnalysisFinds() {
        List<String> texts = texts();
        List<Document> documents = parsed(texts);
        Analysis previous = Analyzer.analyze(documents, file -> SETTINGS, null);
        assertEquals(describe(Analyzer.analyze(documents, file -> SETTINGS)), describe(previous));
        Keystrokes keystrokes = new Keystrokes(11, "xяao 07-", 3, 4);
        Random random = keystrokes.random();
        int incremental = 0;
        for (int i = 0; i < 300; i++) {
            int at = random.nextInt(texts.size());
            String text = texts.get(at);
            // mostly typing inside a text or a name, as a manager does; now and then anywhere
            Keystroke keystroke;
            List<int[]> words = words(text);
            if (random.nextInt(5) > 0 && !words.isEmpty()) {
                int[] word = words.get(random.nextInt(words.size()));
                keystroke = keystrokes.within(word[0], word[1]);
            } else {
                keystroke = keystrokes.anywhere(text);
            }
            String next = keystroke.applyTo(text);
            SourceFile file = new SourceFile(files().get(at), next);
            Document fast = IncrementalUpdate.apply(documents.get(at), file, keystroke.start(), keystroke.end(),
                    keystroke.inserted());
            if (fast != null) {
                incremental++;
            }
            texts.set(at, next);
            documents.set(at, fast != null ? fast : ModelBuilder.build(file));
            Analysis edited = Analyzer.analyze(documents, f -> SETTINGS, previous);
            List<Document> fresh = parsed(texts);
            assertEquals(describe(Analyzer.analyze(fresh, f -> SETTINGS)), describe(edited),
                    "after keystroke " + i + " in " + files().get(at));
            previous = edited;
            boolean broken = fresh.get(at).findings().stream().anyMatch(f -> f.rule().equals(RuleIds.SYNTAX));
            if (broken && random.nextInt(5) > 0) {
                // most broken keystrokes are undone, so that the files stay mostly whole
                texts.set(at, text);
                documents.set(at, ModelBuilder.build(new SourceFile(files().get(at), text)));
            }
        }
        assertTrue(incremental > 100, "enough edits are incremental: " + incremental + " of 300");
    }
}
