package org.touchbase.lsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;
import org.touchbase.core.Parallel;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Document;
import org.touchbase.core.text.SourceFile;
import org.touchbase.lsp.services.DiagnosticsService;

/**
 * Publishes each file's diagnostics when they differ from what the client
 * last got, so an edit in one file republishes the files whose meaning it
 * changed, and nothing else.
 *
 * <p>Every diagnostic is made and written as JSON here, on every core; each
 * open document, where edits come one after another, keeps the messages and
 * the JSON it was last made with, reused for the findings that did not
 * change.
 */
final class DiagnosticsPublisher {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final DiagnosticsService service;
    /** What each file with diagnostics was last sent, as its {@link #fingerprint}. */
    private final Map<String, Long> published = new HashMap<>();
    private final Map<String, Integer> publishedVersions = new HashMap<>();
    /**
     * What each file's diagnostics were last made from: its text and its findings. A file whose text and
     * findings are the same, at the same version, is not made or looked at again.
     */
    private final Map<String, Made> madeFrom = new HashMap<>();
    /** Each open document's messages and diagnostics as last made, in {@link #cachedFor}'s language. */
    private final Map<String, Kept> kept = new HashMap<>();
    private Messages cachedFor;
    private boolean resend;

    DiagnosticsPublisher(DiagnosticsService service) {
        this.service = service;
    }

    /**
     * Publishes the findings of the snapshot's analyses and the diagnostics of
     * other files ({@code touchbase.json}); a file that had diagnostics and
     * is no longer there gets an empty list.
     */
    synchronized void publish(Workspace.Snapshot snapshot, Map<String, List<Diagnostic>> others, Messages messages,
            LanguageClient client) {
        if (client == null) {
            return;
        }
        boolean remake = messages != cachedFor || resend;
        if (remake) {
            kept.clear();
            cachedFor = messages;
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        Map<String, SourceFile> sources = new HashMap<>();
        for (Analysis analysis : snapshot.analyses()) {
            for (Document document : analysis.knowledgeBase().documents()) {
                byFile.put(document.file().id(), List.of());
                sources.put(document.file().id(), document.file());
            }
            for (Map.Entry<SourceFile, List<Finding>> file : analysis.findingsByFile().entrySet()) {
                byFile.put(file.getKey().id(), file.getValue());
                sources.putIfAbsent(file.getKey().id(), file.getKey());
            }
        }
        madeFrom.keySet().retainAll(byFile.keySet());
        List<Map.Entry<String, List<Finding>>> changed = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            Made before = madeFrom.get(file.getKey());
            boolean same = !remake && before != null && before.file() == sources.get(file.getKey())
                    && (before.findings() == file.getValue() || before.findings().equals(file.getValue()))
                    && Objects.equals(snapshot.version(file.getKey()), publishedVersions.get(file.getKey()));
            if (!same) {
                changed.add(file);
                madeFrom.put(file.getKey(), new Made(sources.get(file.getKey()), file.getValue()));
            }
        }
        Making making = new Making(snapshot, messages, changed);
        Map<String, Supplier<List<Diagnostic>>> all = new LinkedHashMap<>();
        for (int i = 0; i < changed.size(); i++) {
            int file = i;
            all.put(changed.get(i).getKey(), () -> making.get(file));
        }
        for (Map.Entry<String, List<Diagnostic>> other : others.entrySet()) {
            all.put(other.getKey(), other::getValue);
        }
        for (String uri : new ArrayList<>(published.keySet())) {
            if (!all.containsKey(uri) && !byFile.containsKey(uri)) {
                all.put(uri, List::of);
            }
        }
        try {
            for (Map.Entry<String, Supplier<List<Diagnostic>>> file : all.entrySet()) {
                publish(file.getKey(), file.getValue().get(), snapshot.version(file.getKey()), client);
            }
        } catch (RuntimeException e) {
            madeFrom.clear();
            throw e;
        }
        kept.keySet().removeIf(uri -> !byFile.containsKey(uri) || snapshot.version(uri) == null);
        kept.putAll(making.kept);
        resend = false;
    }

    private record Made(SourceFile file, List<Finding> findings) {
    }

    /**
     * An open document's messages by what they say, and its diagnostics written as JSON: by the very
     * message they were made from (findings taken over after prose edits keep theirs), and by what
     * they say.
     */
    private record Kept(Map<Message, String> texts, Map<Shown, DiagnosticJson.Written> made,
            Map<Shown, DiagnosticJson.Written> written) {

        static Kept empty() {
            return sized(16);
        }

        /** Room for the diagnostics of {@code findings} findings, made without growing the maps. */
        static Kept sized(int findings) {
            return new Kept(new ConcurrentHashMap<>(findings), new ConcurrentHashMap<>(findings),
                    new ConcurrentHashMap<>(findings));
        }
    }

    /**
     * What a finding's diagnostic is made of ({@link DiagnosticsService}: its rule, severity, message and
     * range), the message either a {@link Message}, compared as the very same object, or its text.
     */
    private static final class Shown {
        private final Object message;
        private final String rule;
        private final Severity severity;
        private final Range range;
        private final int hash;

        Shown(Object message, Finding finding, Range range) {
            this.message = message;
            this.rule = finding.rule();
            this.severity = finding.severity();
            this.range = range;
            int messageHash = message instanceof Message ? System.identityHashCode(message) : message.hashCode();
            this.hash = ((messageHash * 31 + rule.hashCode()) * 31 + severity.hashCode()) * 31 + range.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shown that) || hash != that.hash || severity != that.severity
                    || !rule.equals(that.rule) || !range.equals(that.range)) {
                return false;
            }
            return message instanceof Message ? message == that.message : message.equals(that.message);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private void publish(String uri, List<Diagnostic> diagnostics, Integer version, LanguageClient client) {
        Long last = published.get(uri);
        long fingerprint = diagnostics.isEmpty() ? 0 : fingerprint(diagnostics);
        boolean sameVersion = Objects.equals(version, publishedVersions.get(uri));
        boolean same = diagnostics.isEmpty() ? last == null : !resend && last != null && last == fingerprint;
        if (sameVersion && same) {
            return;
        }
        // a file without diagnostics is remembered by its version only: nothing to clear later
        if (diagnostics.isEmpty()) {
            published.remove(uri);
        } else {
            published.put(uri, fingerprint);
        }
        if (version == null) {
            publishedVersions.remove(uri);
        } else {
            publishedVersions.put(uri, version);
        }
        PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri, diagnostics);
        params.setVersion(version);
        client.publishDiagnostics(params);
    }

    /**
     * Makes the diagnostics of one publication. With many files, the files are made in order by the
     * publishing thread and by helpers on the other cores, each taking the next file not yet taken, so the
     * first file goes out as soon as its own diagnostics are made while the others are still being made;
     * a file with many findings alone has them made on every core. Every diagnostic is written as JSON
     * as it is made; an open document reuses the messages and JSON it was last made with, as an edit
     * brings the next one soon with most of them unchanged, and keeps the new ones for the next.
     */
    private final class Making {
        final List<Map.Entry<String, List<Finding>>> files;
        /** What the open documents made here keep for the next publication. */
        final Map<String, Kept> kept = new ConcurrentHashMap<>();
        private final Workspace.Snapshot snapshot;
        private final Messages messages;
        private final Map<String, Kept> last = new HashMap<>(DiagnosticsPublisher.this.kept);
        private final List<CompletableFuture<List<Diagnostic>>> made = new ArrayList<>();
        private final AtomicInteger next = new AtomicInteger();
        private final boolean manyFiles;

        Making(Workspace.Snapshot snapshot, Messages messages, List<Map.Entry<String, List<Finding>>> files) {
            this.snapshot = snapshot;
            this.messages = messages;
            this.files = files;
            this.manyFiles = files.size() > Parallel.FROM;
            for (int i = 0; i < files.size(); i++) {
                made.add(new CompletableFuture<>());
            }
            if (manyFiles) {
                for (int helper = 1; helper < Runtime.getRuntime().availableProcessors(); helper++) {
                    CompletableFuture.runAsync(this::help);
                }
            }
        }

        /** The diagnostics of file {@code i}, made here unless a helper has taken it. */
        List<Diagnostic> get(int i) {
            while (!made.get(i).isDone() && take()) {
                // made the next file not yet taken; file i may be a helper's
            }
            return made.get(i).join();
        }

        private void help() {
            while (take()) {
                // one file after the other, in order, until none is left
            }
        }

        /** Makes the next file not yet taken; false when every file is taken. */
        private boolean take() {
            int i = next.getAndIncrement();
            if (i >= files.size()) {
                return false;
            }
            try {
                made.get(i).complete(diagnostics(files.get(i).getKey(), files.get(i).getValue()));
            } catch (RuntimeException | Error e) {
                made.get(i).completeExceptionally(e);
            }
            return true;
        }

        private List<Diagnostic> diagnostics(String uri, List<Finding> findings) {
            Kept before = snapshot.version(uri) == null ? null : last.getOrDefault(uri, Kept.empty());
            Kept now = before == null ? null : Kept.sized(findings.size());
            Diagnostic[] diagnostics = new Diagnostic[findings.size()];
            IntStream indexes = manyFiles ? IntStream.range(0, findings.size()) : Parallel.indexes(findings.size());
            indexes.forEach(i -> diagnostics[i] = written(findings.get(i), before, now));
            if (now != null) {
                kept.put(uri, now);
            }
            return Arrays.asList(diagnostics);
        }

        /** A finding's diagnostic written as JSON; for an open document, reusing what {@code before} kept. */
        private Diagnostic written(Finding finding, Kept before, Kept now) {
            if (before == null) {
                return new DiagnosticJson.Written(service.diagnostic(finding, messages));
            }
            Message message = finding.message();
            Range range = TextEdits.range(finding.file(), finding.span());
            Shown made = new Shown(message, finding, range);
            DiagnosticJson.Written json = before.made().get(made);
            if (json == null) {
                String text = before.texts().get(message);
                if (text == null) {
                    text = messages.format(message);
                }
                json = before.written().get(new Shown(text, finding, range));
                if (json == null) {
                    json = new DiagnosticJson.Written(service.diagnostic(finding, text, range));
                }
            }
            now.texts().put(message, json.getMessage());
            now.made().put(made, json);
            now.written().put(new Shown(json.getMessage(), finding, range), json);
            return json;
        }
    }

    /**
     * A list of diagnostics in 64 bits: the 64-bit hash of each diagnostic's JSON when it was written
     * here, else its own hash and its message, range and code again in 64-bit hashes; in order, and their
     * number. Remembering this instead of the list spares the server a second copy of every message it
     * sent (tens of megabytes in a large workspace); two different lists have the same fingerprint about
     * once in 2^64.
     */
    static long fingerprint(List<Diagnostic> diagnostics) {
        long hash = FNV_OFFSET;
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic instanceof DiagnosticJson.Written written) {
                hash = mix(hash, written.hash());
                continue;
            }
            hash = mix(hash, diagnostic.hashCode());
            Range range = diagnostic.getRange();
            hash = mix(hash, range.getStart().getLine());
            hash = mix(hash, range.getStart().getCharacter());
            hash = mix(hash, range.getEnd().getLine());
            hash = mix(hash, range.getEnd().getCharacter());
            hash = mix(hash, DiagnosticJson.hash(diagnostic.getMessage() == null ? "" : diagnostic.getMessage()));
            hash = mix(hash, DiagnosticJson.hash(diagnostic.getCode() == null ? ""
                    : String.valueOf(diagnostic.getCode().get())));
        }
        return mix(hash, diagnostics.size());
    }

    private static long mix(long hash, long value) {
        for (int shift = 0; shift < 64; shift += 8) {
            hash = (hash ^ ((value >>> shift) & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    /** Sends everything again next time, e.g. after the language changed. */
    synchronized void reset() {
        resend = true;
    }
}
