package org.touchbase.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Config;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.IncrementalUpdate;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.services.CodeActionService;
import org.touchbase.lsp.services.CompletionService;
import org.touchbase.lsp.services.DocumentSymbolService;
import org.touchbase.lsp.services.FoldingRangeService;
import org.touchbase.lsp.services.FormattingService;
import org.touchbase.lsp.services.HoverService;
import org.touchbase.lsp.services.SemanticTokensService;

/**
 * One text through parse → model → rules → editor features → formatting,
 * with the invariants every text must keep: nothing throws; formatting is
 * idempotent, keeps every character but whitespace, and keeps the findings;
 * and every edit made incrementally gives the model a full parse gives.
 */
public final class Pipeline {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);
    private static final CancelChecker NEVER = () -> { };
    /** What the lexer takes for whitespace: formatting may change these and nothing else. */
    private static final String WHITESPACE = " \t\r\n\f\u00A0\uFEFF";

    private Pipeline() {
    }

    /** Every invariant on one text; an assertion error says which one broke. */
    public static void check(String text) {
        Analysis analysis = analyze(text);
        features(analysis, new Random(text.hashCode()));
        String formatted = FormattingService.format(text);
        assertEquals(formatted, FormattingService.format(formatted), "formatting is idempotent");
        assertEquals(strip(text), strip(formatted), "formatting keeps every word and comment");
        assertEquals(signature(analysis), signature(analyze(formatted)), () -> "formatting keeps the findings:\n"
                + formatted);
    }

    static Analysis analyze(String text) {
        Document document = ModelBuilder.build(new SourceFile("file:///fuzz/f.client", text));
        return Analyzer.analyze(List.of(document), file -> Settings.of(Config.empty(), NOW));
    }

    /** The editor's features at a few places: none may throw. */
    private static void features(Analysis analysis, Random random) {
        Document document = analysis.knowledgeBase().documents().get(0);
        DocumentContext context = new DocumentContext(document.file().id(), analysis, document, Messages.english(),
                null);
        new DocumentSymbolService().symbols(context);
        new FoldingRangeService().foldingRanges(context);
        new SemanticTokensService().full(context);
        SourceFile file = document.file();
        for (int i = 0; i < 3; i++) {
            int line = random.nextInt(file.lineCount());
            int character = random.nextInt(Math.max(1, file.lineEnd(line) - file.lineStart(line) + 1));
            Position position = new Position(line, character);
            new HoverService().hover(context, position, NEVER);
            new CompletionService().completion(context, position, true, NEVER);
            new CodeActionService().codeActions(context, new Range(position, position),
                    null, null, NEVER);
        }
    }

    /** The findings as rule, severity and message, positions aside (a line number in a message is left out). */
    static List<String> signature(Analysis analysis) {
        List<String> signature = new ArrayList<>();
        for (Finding finding : analysis.findings()) {
            signature.add(finding.rule() + " " + finding.severity() + " "
                    + Messages.english().format(finding.message()).replaceAll(":\\d+", ":#"));
        }
        signature.sort(null);
        return signature;
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (WHITESPACE.indexOf(text.charAt(i)) < 0) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** Characters typed and deleted in a session: every line terminator among them. */
    private static final List<String> TYPED = List.of("x", "я", " ", "\n", "\r", "\r\n", "{", "}", "\"", ",", "-",
            "0", "2026-11-20", "\uD83D\uDE00", "\u2028", "\uFEFF", "touch", "// touchbase-disable-next-line no-goals\n");

    /**
     * A typing session from {@code text}: each edit is applied the way the
     * server does (line index spliced, the item re-parsed when it can be) and
     * must give what a full parse of the new text gives.
     */
    public static void editSession(String text, Random random, int edits) {
        SourceFile file = new SourceFile("f", text);
        Document current = ModelBuilder.build(file);
        for (int i = 0; i < edits; i++) {
            String now = file.text();
            int start = now.isEmpty() ? 0 : random.nextInt(now.length() + 1);
            int end = Math.min(now.length(), start + (random.nextInt(3) == 0 ? random.nextInt(8) : 0));
            String inserted = random.nextInt(4) == 0 ? "" : TYPED.get(random.nextInt(TYPED.size()));
            SourceFile next = file.withEdit(start, end, inserted);
            SourceFile fresh = new SourceFile("f", next.text());
            assertEquals(fresh.lineCount(), next.lineCount(), "the spliced line index has the lines of the text");
            for (int line = 0; line < fresh.lineCount(); line++) {
                assertEquals(fresh.lineStart(line), next.lineStart(line), "line " + line + " starts where it does");
            }
            Document fast = IncrementalUpdate.apply(current, next, start, end, inserted);
            Document full = ModelBuilder.build(next);
            if (fast != null) {
                String shown = next.text();
                assertEquals(full.blocks(), fast.blocks(), () -> "blocks after an incremental edit:\n" + shown);
                assertEquals(full.findings(), fast.findings(), () -> "findings after an incremental edit:\n" + shown);
                assertEquals(full.suppressions(), fast.suppressions(), () -> "suppressions after an edit:\n" + shown);
            }
            current = fast != null ? fast : full;
            file = next;
        }
    }
}
