package org.touchbase.lsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
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

    private final DiagnosticsService service;
    private final Map<String, List<Diagnostic>> published = new HashMap<>();
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
        Map<String, List<Diagnostic>> all = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            all.put(file.getKey(), service.diagnostics(file.getValue(), messages));
        }
        all.putAll(others);
        for (String uri : new ArrayList<>(published.keySet())) {
            if (!all.containsKey(uri)) {
                all.put(uri, List.of());
            }
        }
        for (Map.Entry<String, List<Diagnostic>> file : all.entrySet()) {
            List<Diagnostic> diagnostics = file.getValue();
            List<Diagnostic> last = published.get(file.getKey());
            Integer version = snapshot.version(file.getKey());
            boolean sameVersion = Objects.equals(version, publishedVersions.get(file.getKey()));
            if (sameVersion && ((last == null && diagnostics.isEmpty()) || (!resend && diagnostics.equals(last)))) {
                continue;
            }
            // a file without diagnostics is remembered by its version only: nothing to clear later
            if (diagnostics.isEmpty()) {
                published.remove(file.getKey());
            } else {
                published.put(file.getKey(), diagnostics);
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

    /** Sends everything again next time, e.g. after the language changed. */
    synchronized void reset() {
        resend = true;
    }
}
