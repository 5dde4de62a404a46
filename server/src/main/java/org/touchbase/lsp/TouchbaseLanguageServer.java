package org.touchbase.lsp;

import com.google.gson.JsonElement;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.config.ConfigException;
import org.touchbase.core.i18n.Messages;
import org.touchbase.lsp.services.AgendaService;
import org.touchbase.lsp.services.DiagnosticsService;
import org.touchbase.lsp.services.ProjectInfoService;

/**
 * {@code touchbase lsp}: the language server. It only translates LSP to the
 * workspace and the feature services; every answer comes from the same
 * analysis as {@code touchbase check}.
 */
public final class TouchbaseLanguageServer implements LanguageServer, LanguageClientAware, TouchbaseProtocol {

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(150);

    private final Duration debounce;
    private final IntConsumer exit;
    private final TouchbaseTextDocumentService documents;
    private final TouchbaseWorkspaceService workspaceService;
    private final ProjectInfoService projectInfo = new ProjectInfoService();
    private final AgendaService agenda = new AgendaService();
    private final DiagnosticsPublisher publisher = new DiagnosticsPublisher(new DiagnosticsService());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "touchbase-analysis");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Workspace workspace = new Workspace(ServerSettings.initial(List.of(), null));
    private volatile LanguageClient client;
    private ScheduledFuture<?> pending;
    private List<Path> roots = List.of();
    private volatile ClientSupport clientSupport = ClientSupport.NONE;
    private int exitCode = 1;

    /** A server that ends the process on {@code exit}. */
    public TouchbaseLanguageServer() {
        this(DEFAULT_DEBOUNCE, System::exit);
    }

    /** A server with its own debounce delay and what to do on {@code exit} (tests keep their JVM). */
    public TouchbaseLanguageServer(Duration debounce, IntConsumer exit) {
        this.debounce = debounce;
        this.exit = exit;
        this.documents = new TouchbaseTextDocumentService(this);
        this.workspaceService = new TouchbaseWorkspaceService(this);
    }

    /** Serves LSP over the streams until the client exits; returns when the connection closes. */
    public static int launch(InputStream in, OutputStream out) throws Exception {
        LateCancels.quieten();
        TouchbaseLanguageServer server = new TouchbaseLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        listening.get();
        return server.exitCode;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    LanguageClient client() {
        return client;
    }

    Workspace workspace() {
        return workspace;
    }

    ClientSupport clientSupport() {
        return clientSupport;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<Path> folders = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                Path path = Uris.toPath(folder.getUri());
                if (path != null) {
                    folders.add(path);
                }
            }
        }
        if (folders.isEmpty() && params.getRootUri() != null) {
            Path path = Uris.toPath(params.getRootUri());
            if (path != null) {
                folders.add(path);
            }
        }
        roots = List.copyOf(folders);
        clientSupport = ClientSupport.of(params.getCapabilities());
        ServerSettings settings = ServerSettings.initial(roots, params.getLocale());
        Object options = params.getInitializationOptions();
        if (options instanceof JsonElement json) {
            try {
                settings = settings.withClientSettings(json);
            } catch (ConfigException e) {
                log(MessageType.Warning, settings.messages().format(e.problem()));
            }
        }
        Workspace starting = new Workspace(settings);
        workspace = starting;
        // Reading and checking the workspace starts now; the client hears of it once initialized.
        scheduler.execute(() -> {
            try {
                starting.index(roots);
                starting.analysis();
            } catch (RuntimeException | StackOverflowError e) {
                log(MessageType.Error, "touchbase: indexing failed: " + e);
            }
        });
        InitializeResult result = new InitializeResult(Capabilities.server());
        result.setServerInfo(new ServerInfo("touchbase", "0.1.0"));
        return CompletableFuture.completedFuture(result);
    }

    @Override
    public void initialized(InitializedParams params) {
        scheduler.execute(this::publishNow);
    }

    /** Analyses after the debounce delay; a newer change replaces a pending analysis. */
    synchronized void scheduleAnalysis() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::publishNow, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publishNow() {
        try {
            Workspace current = workspace;
            publisher.publish(current.snapshot(), current.settings().messages(), client);
        } catch (RuntimeException | StackOverflowError e) {
            log(MessageType.Error, "touchbase: analysis failed: " + e);
        }
    }

    void settingsChanged(JsonElement settings) {
        try {
            workspace.setSettings(workspace.settings().withClientSettings(settings));
        } catch (ConfigException e) {
            log(MessageType.Warning, workspace.settings().messages().format(e.problem()));
            return;
        }
        publisher.reset();
        scheduleAnalysis();
    }

    Messages messages() {
        return workspace.settings().messages();
    }

    void log(MessageType type, String message) {
        LanguageClient current = client;
        if (current != null) {
            current.logMessage(new MessageParams(type, message));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        exitCode = 0;
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        scheduler.shutdownNow();
        exit.accept(exitCode);
    }

    @Override
    public TouchbaseTextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public TouchbaseWorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    @Override
    public CompletableFuture<ProjectInfoService.ProjectInfo> projectInfo(ProjectInfoService.Params params) {
        String uri = params == null || params.uri == null ? "" : params.uri;
        return documents.request(ProjectInfoService.METHOD, uri, null, (context, cancel) -> projectInfo.info(context));
    }

    @Override
    public CompletableFuture<AgendaService.Result> agenda(AgendaService.Params params) {
        return CompletableFutures.computeAsync(cancel -> {
            try {
                Workspace current = workspace;
                Analysis analysis = current.analysis();
                cancel.checkCanceled();
                return agenda.agenda(analysis, current.settings().messages(), params);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                log(MessageType.Error, "touchbase: " + AgendaService.METHOD + " failed: " + e);
                throw new ResponseErrorException(new org.eclipse.lsp4j.jsonrpc.messages
                        .ResponseError(ResponseErrorCode.InternalError,
                                AgendaService.METHOD + " failed: " + e, null));
            }
        });
    }
}
