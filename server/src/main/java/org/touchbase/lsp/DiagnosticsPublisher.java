package org.touchbase.lsp;

import java.util.ArrayList;
import java.util.HashMap;
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

    DiagnosticsPublisher(DiagnosticsService service) {
        this.service = service;
    }

    synchronized void publish(Workspace.Snapshot snapshot, Messages messages, LanguageClient client) {
        Analysis analysis = snapshot.analysis();
        if (client == null) {
            return;
        }
        Map<String, List<Finding>> byFile = new HashMap<>();
        for (Document document : analysis.knowledgeBase().documents()) {
            byFile.put(document.file().id(), new ArrayList<>());
        }
        for (Finding finding : analysis.findings()) {
            byFile.computeIfAbsent(finding.file().id(), uri -> new ArrayList<>()).add(finding);
        }
        for (String uri : new ArrayList<>(published.keySet())) {
            if (!byFile.containsKey(uri)) {
                byFile.put(uri, List.of());
            }
        }
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            List<Diagnostic> diagnostics = service.diagnostics(file.getValue(), messages);
            List<Diagnostic> last = published.get(file.getKey());
            Integer version = snapshot.version(file.getKey());
            boolean sameVersion = Objects.equals(version, publishedVersions.get(file.getKey()));
            if (sameVersion && (diagnostics.equals(last) || (last == null && diagnostics.isEmpty()))) {
                continue;
            }
            published.put(file.getKey(), diagnostics);
            publishedVersions.put(file.getKey(), version);
            PublishDiagnosticsParams params = new PublishDiagnosticsParams(file.getKey(), diagnostics);
            params.setVersion(version);
            client.publishDiagnostics(params);
        }
    }

    /** Forget what was sent, e.g. after the language changed, so everything is sent again. */
    synchronized void reset() {
        published.clear();
        publishedVersions.clear();
    }
}
