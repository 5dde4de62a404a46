package org.touchbase.lsp;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.touchbase.lsp.services.AgendaService;
import org.touchbase.lsp.services.ProjectInfoService;

/** The requests the server answers beyond LSP, under {@code touchbase/}. */
@JsonSegment("touchbase")
public interface TouchbaseProtocol {

    /** {@code touchbase/projectInfo}: the first project of a document, for the editor's status bar; null if none. */
    @JsonRequest
    CompletableFuture<ProjectInfoService.ProjectInfo> projectInfo(ProjectInfoService.Params params);

    /**
     * {@code touchbase/agenda}: what to do across the workspace, by urgency,
     * from the current analysis (the JSON of {@code touchbase agenda}).
     */
    @JsonRequest
    CompletableFuture<AgendaService.Result> agenda(AgendaService.Params params);
}
