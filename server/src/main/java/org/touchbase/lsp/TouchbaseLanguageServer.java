package org.touchbase.lsp;

import com.google.gson.JsonElement;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.config.Config;
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
    private volatile List<Path> roots = List.of();
    private volatile ClientSupport clientSupport = ClientSupport.NONE;
    private volatile boolean shutDown;
    private final Set<String> shownProblems = new HashSet<>();
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
        Launcher<LanguageClient> launcher = launcher(server, in, out, Executors.newCachedThreadPool());
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        listening.get();
        return server.exitCode;
    }

    /** The JSON-RPC connection of a server over two streams, its requests run on {@code executor}. */
    public static Launcher<LanguageClient> launcher(TouchbaseLanguageServer server, InputStream in, OutputStream out,
            ExecutorService executor) {
        return new LSPLauncher.Builder<LanguageClient>().setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(executor)
                .setExceptionHandler(server::failure)
                .configureGson(gson -> gson.registerTypeAdapterFactory(DiagnosticJson.FACTORY)).create();
    }

    /**
     * A request that failed unexpectedly: the stack trace goes to the log,
     * the client gets one line.
     */
    ResponseError failure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ResponseErrorException response) {
            return response.getResponseError();
        }
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        log(MessageType.Error, "touchbase: a request failed: " + trace);
        return new ResponseError(ResponseErrorCode.InternalError, oneLine("internal error: " + cause), null);
    }

    /** A message on one line, as a response carries it. */
    static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
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
            Workspace.Snapshot snapshot = current.snapshot();
            ServerSettings settings = current.settings();
            publisher.publish(snapshot, configDiagnostics(settings), settings.messages(), client);
        } catch (RuntimeException | StackOverflowError e) {
            log(MessageType.Error, "touchbase: analysis failed: " + e);
        }
    }

    /**
     * A bad {@code touchbase.json} is an error on the file itself, and is
     * shown to the user once; the last good configuration stays in force.
     */
    private Map<String, List<Diagnostic>> configDiagnostics(ServerSettings settings) {
        Map<String, List<Diagnostic>> diagnostics = new LinkedHashMap<>();
        Set<String> now = new HashSet<>();
        Messages messages = settings.messages();
        for (Map.Entry<Path, ConfigException> problem : settings.configProblems().entrySet()) {
            String text = messages.format(problem.getValue().problem());
            Diagnostic diagnostic = new Diagnostic(configRange(problem.getValue()), text, DiagnosticSeverity.Error,
                    DiagnosticsService.SOURCE);
            diagnostics.put(Uris.fromPath(problem.getKey()), List.of(diagnostic));
            now.add(text);
            synchronized (shownProblems) {
                if (!shownProblems.contains(text)) {
                    LanguageClient current = client;
                    if (current != null) {
                        current.showMessage(new MessageParams(MessageType.Error,
                                messages.get("lsp.config.bad", text)));
                    }
                }
            }
        }
        synchronized (shownProblems) {
            shownProblems.clear();
            shownProblems.addAll(now);
        }
        return diagnostics;
    }

    /** Where in {@code touchbase.json} the problem is, when the reader or the JSON parser said; else its start. */
    private static Range configRange(ConfigException problem) {
        if (problem.line() > 0 && problem.column() > 0) {
            Position at = new Position(problem.line() - 1, problem.column() - 1);
            return new Range(at, new Position(at.getLine(), at.getCharacter() + 1));
        }
        if (problem.problem().key().equals("config.badJsonAt") && problem.problem().args().size() == 3) {
            try {
                int line = Integer.parseInt(String.valueOf(problem.problem().args().get(1))) - 1;
                int column = Integer.parseInt(String.valueOf(problem.problem().args().get(2))) - 1;
                return new Range(new Position(line, column), new Position(line, column + 1));
            } catch (NumberFormatException e) {
                // the start of the file, below
            }
        }
        return new Range(new Position(0, 0), new Position(0, 0));
    }

    /** The editor's settings changed: they and every {@code touchbase.json} are read again. */
    void settingsChanged(JsonElement settings) {
        try {
            workspace.setSettings(workspace.settings().withClientSettings(settings));
        } catch (ConfigException e) {
            log(MessageType.Warning, workspace.settings().messages().format(e.problem()));
            workspace.setSettings(workspace.settings().reloaded());
        }
        publisher.reset();
        scheduleAnalysis();
    }

    /**
     * Files changed on disk. They are read on the analysis thread, never on
     * the one that reads messages; a {@code touchbase.json} among them makes
     * the configuration be read again.
     */
    void filesChanged(List<FileEvent> events) {
        Workspace current = workspace;
        scheduler.execute(() -> {
            try {
                boolean configuration = false;
                for (FileEvent event : events) {
                    Path path = Uris.toPath(event.getUri());
                    if (path != null && path.getFileName() != null
                            && path.getFileName().toString().equals(Config.FILE_NAME)) {
                        configuration = true;
                    } else {
                        current.fileChanged(event.getUri(), event.getType() == FileChangeType.Deleted);
                    }
                }
                if (configuration) {
                    current.setSettings(current.settings().reloaded());
                    publisher.reset();
                }
            } catch (RuntimeException e) {
                log(MessageType.Error, "touchbase: reading changed files failed: " + e);
            }
        });
        scheduleAnalysis();
    }

    /** Workspace folders added or removed: the files of the new ones are read on the analysis thread. */
    void foldersChanged(List<Path> added, List<Path> removed) {
        Workspace current = workspace;
        scheduler.execute(() -> {
            try {
                List<Path> folders = new ArrayList<>(current.settings().roots());
                folders.removeAll(removed);
                for (Path folder : added) {
                    if (!folders.contains(folder)) {
                        folders.add(folder);
                    }
                }
                roots = List.copyOf(folders);
                current.setRoots(roots, added);
            } catch (RuntimeException e) {
                log(MessageType.Error, "touchbase: reading a workspace folder failed: " + e);
            }
        });
        scheduleAnalysis();
    }

    /** Whether {@code shutdown} was asked: every later request is refused. */
    boolean isShutDown() {
        return shutDown;
    }

    /** The answer to a request after {@code shutdown}. */
    static <T> CompletableFuture<T> refused() {
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                ResponseErrorCode.InvalidRequest, "the server is shutting down", null)));
    }

    /** Waits until the analysis asked for so far has been published (tests use it as a barrier). */
    void awaitIdle() throws Exception {
        scheduler.schedule(() -> { }, debounce.toMillis(), TimeUnit.MILLISECONDS).get();
        scheduler.submit(() -> { }).get();
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
        if (shutDown) {
            return refused();
        }
        shutDown = true;
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
        if (shutDown) {
            return refused();
        }
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
