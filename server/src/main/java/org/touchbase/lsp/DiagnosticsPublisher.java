package org.touchbase.lsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;
import org.touchbase.core.Parallel;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Document;
import org.touchbase.lsp.services.DiagnosticsService;

/**
 * Publishes each file's diagnostics when they differ from what the client
 * last got, so an edit in one file republishes the files whose meaning it
 * changed, and nothing else.
 */
final class DiagnosticsPublisher {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final DiagnosticsService service;
    /** What each file with diagnostics was last sent, as its {@link #fingerprint}. */
    private final Map<String, Long> published = new HashMap<>();
    private final Map<String, Integer> publishedVersions = new HashMap<>();
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
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Analysis analysis : snapshot.analyses()) {
            for (Document document : analysis.knowledgeBase().documents()) {
                byFile.put(document.file().id(), new ArrayList<>());
            }
            for (Finding finding : analysis.findings()) {
                byFile.computeIfAbsent(finding.file().id(), uri -> new ArrayList<>()).add(finding);
            }
        }
        // A workspace's start publishes every file: their diagnostics are made on every core.
        List<Map.Entry<String, List<Finding>>> files = new ArrayList<>(byFile.entrySet());
        List<List<Diagnostic>> made = (files.size() > Parallel.FROM ? files.parallelStream() : files.stream())
                .map(file -> service.diagnostics(file.getValue(), messages)).toList();
        Map<String, List<Diagnostic>> all = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            all.put(files.get(i).getKey(), made.get(i));
        }
        all.putAll(others);
        for (String uri : new ArrayList<>(published.keySet())) {
            if (!all.containsKey(uri)) {
                all.put(uri, List.of());
            }
        }
        for (Map.Entry<String, List<Diagnostic>> file : all.entrySet()) {
            List<Diagnostic> diagnostics = file.getValue();
            Long last = published.get(file.getKey());
            long fingerprint = diagnostics.isEmpty() ? 0 : fingerprint(diagnostics);
            Integer version = snapshot.version(file.getKey());
            boolean sameVersion = Objects.equals(version, publishedVersions.get(file.getKey()));
            boolean same = diagnostics.isEmpty() ? last == null : !resend && last != null && last == fingerprint;
            if (sameVersion && same) {
                continue;
            }
            // a file without diagnostics is remembered by its version only: nothing to clear later
            if (diagnostics.isEmpty()) {
                published.remove(file.getKey());
            } else {
                published.put(file.getKey(), fingerprint);
            }
            if (version == null) {
                publishedVersions.remove(file.getKey());
            } else {
                publishedVersions.put(file.getKey(), version);
            }
            PublishDiagnosticsParams params = new PublishDiagnosticsParams(file.getKey(), diagnostics);
            params.setVersion(version);
            client.publishDiagnostics(params);
        }
        resend = false;
    }

    /**
     * A list of diagnostics in 64 bits: every diagnostic's own hash, and its message, range and code
     * again in 64-bit hashes, in order. Remembering this instead of the list spares the server a second
     * copy of every message it sent (tens of megabytes in a large workspace); two different lists have
     * the same fingerprint about once in 2^64.
     */
    static long fingerprint(List<Diagnostic> diagnostics) {
        long hash = FNV_OFFSET;
        for (Diagnostic diagnostic : diagnostics) {
            hash = mix(hash, diagnostic.hashCode());
            Range range = diagnostic.getRange();
            hash = mix(hash, range.getStart().getLine());
            hash = mix(hash, range.getStart().getCharacter());
            hash = mix(hash, range.getEnd().getLine());
            hash = mix(hash, range.getEnd().getCharacter());
            hash = mix(hash, diagnostic.getMessage());
            hash = mix(hash, diagnostic.getCode() == null ? "" : String.valueOf(diagnostic.getCode().get()));
        }
        return mix(hash, diagnostics.size());
    }

    private static long mix(long hash, int value) {
        for (int shift = 0; shift < 32; shift += 8) {
            hash = (hash ^ ((value >>> shift) & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    private static long mix(long hash, String text) {
        if (text == null) {
            return mix(hash, -1);
        }
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return mix(hash, text.length());
    }

    /** Sends everything again next time, e.g. after the language changed. */
    synchronized void reset() {
        resend = true;
    }
}
