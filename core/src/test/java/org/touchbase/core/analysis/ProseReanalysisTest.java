package org.touchbase.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.core.ClientAssert.TODAY;
import static org.touchbase.core.ClientAssert.describeAll;
import static org.touchbase.core.ClientAssert.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.touchbase.core.Keystrokes;
import org.touchbase.core.Keystrokes.Keystroke;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.IncrementalUpdate;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.model.ProseEdit;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.text.SourceFile;

/**
 * Typing prose into the samples, a keystroke at a time, now and then emptying a text or typing in a
 * title: after each run of keystrokes the analysis that takes the rule findings over is a fresh analysis
 * of the text, finding for finding, and each finding is about the element of the new document at the
 * same place.
 */
class ProseReanalysisTest {

    private static final String ALPHABET = "abc xyzабв.,!?";

    @Test
    void typingProseGivesWhatAFreshAnalysisGives() throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
            for (Path path : files.filter(p -> p.toString().endsWith(".client")).sorted().toList()) {
                documents.add(ModelBuilder.build(new SourceFile(path.toString(), Files.readString(path))));
            }
        }
        Settings settings = settings(TODAY);
        Analysis analysis = Analyzer.analyze(documents, file -> settings, null);
        Keystrokes keys = new Keystrokes(11, ALPHABET, 5, 4);
        int carried = 0;
        for (int round = 0; round < 300; round++) {
            int index = keys.random().nextInt(documents.size());
            Document document = documents.get(index);
            ProseEdit pending = null;
            int strokes = 1 + keys.random().nextInt(3);
            for (int stroke = 0; stroke < strokes && document != null; stroke++) {
                Text text = someText(document, keys, round % 10 == 9);
                if (text == null) {
                    break;
                }
                // now and then a text emptied: blank is not prose
                Keystroke key = round % 7 == 6 && stroke == 0 ? new Keystroke(text.start() + 1, text.end() - 1, "")
                        : keys.within(text.start() + 1, text.end() - 1);
                SourceFile next = new SourceFile(document.file().id(), key.applyTo(document.file().text()));
                IncrementalUpdate.Update update = IncrementalUpdate.update(document, pending, next, key.start(),
                        key.end(), key.inserted());
                document = update == null ? ModelBuilder.build(next) : update.document();
                pending = update == null ? null : update.prose();
            }
            List<Document> edited = new ArrayList<>(documents);
            edited.set(index, document);
            Map<Document, ProseEdit> prose = new IdentityHashMap<>();
            if (pending != null) {
                prose.put(document, pending);
            }
            Analysis again = Analyzer.analyze(edited, file -> settings, analysis, prose::get);
            Analysis fresh = Analyzer.analyze(List.of(edited.stream()
                    .map(d -> ModelBuilder.build(new SourceFile(d.file().id(), d.file().text())))
                    .toArray(Document[]::new)), file -> settings);
            assertEquals(describeAll(fresh), describeAll(again), "round " + round);
            assertSameSubjects(fresh, again, edited);
            if (pending != null && sharesMessages(analysis, again, document)) {
                carried++;
            }
            documents = edited;
            analysis = again;
        }
        assertTrue(carried > 100, "findings taken over in " + carried + " rounds");
    }

    /** A prose text of a touch to type into, or, when {@code title}, a touch's title; null when there is none. */
    private static Text someText(Document document, Keystrokes keys, boolean title) {
        List<Text> texts = new ArrayList<>();
        for (Block block : document.blocks()) {
            for (Touch touch : block.touches()) {
                if (title) {
                    add(texts, touch.title());
                    continue;
                }
                add(texts, touch.purpose());
                add(texts, touch.benefit());
                add(texts, touch.noreplyReason());
                touch.notes().forEach(note -> add(texts, note));
                for (Agreement agreement : touch.agreements()) {
                    add(texts, agreement.text());
                }
                for (Summary summary : touch.summaries()) {
                    summary.decisions().forEach(decision -> add(texts, decision));
                    summary.questions().forEach(question -> add(texts, question));
                }
            }
        }
        return texts.isEmpty() ? null : texts.get(keys.random().nextInt(texts.size()));
    }

    private static void add(List<Text> texts, Text text) {
        if (text != null && text.end() - text.start() > 2) {
            texts.add(text);
        }
    }

    /** Each finding is about an element of the analysed documents, the one a fresh analysis names. */
    private static void assertSameSubjects(Analysis fresh, Analysis again, List<Document> documents) {
        Map<String, Document> byId = new HashMap<>();
        for (Document document : documents) {
            byId.put(document.file().id(), document);
        }
        for (int i = 0; i < fresh.findings().size(); i++) {
            Finding expected = fresh.findings().get(i);
            Finding actual = again.findings().get(i);
            assertSame(byId.get(actual.file().id()).file(), actual.file());
            if (expected.subject() == null) {
                assertEquals(null, actual.subject());
                continue;
            }
            Element was = (Element) expected.subject();
            Element is = (Element) actual.subject();
            assertNotNull(is, actual.rule());
            assertEquals(was.getClass(), is.getClass());
            assertEquals(was.span(), is.span(), actual.rule());
            assertSame(byId.get(is.file().id()).file(), is.file(), "an element of the new document");
        }
    }

    /** Whether the analysis took the edited file's findings over: their messages are the very same objects. */
    private static boolean sharesMessages(Analysis before, Analysis after, Document edited) {
        Map<Message, Boolean> seen = new IdentityHashMap<>();
        for (Finding finding : before.findings()) {
            seen.put(finding.message(), Boolean.TRUE);
        }
        for (Finding finding : after.findings()) {
            if (finding.file() == edited.file() && seen.containsKey(finding.message())) {
                return true;
            }
        }
        return false;
    }
}
