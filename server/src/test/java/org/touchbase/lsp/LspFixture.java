package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server and a test client talking real JSON-RPC over piped
 * streams. Tests open documents written inline, wait for the diagnostics of
 * their latest version, and send requests through {@link #server()}.
 */
public final class LspFixture implements AutoCloseable {

    public static final String TODAY = "2026-11-20";

    /** lsp4j reports closed streams at INFO level; a finished test closes them on purpose. */
    private static final Logger JSONRPC_LOG = Logger.getLogger("org.eclipse.lsp4j.jsonrpc");

    static {
        JSONRPC_LOG.setLevel(Level.OFF);
    }

    private final TestClient client = new TestClient();
    private final LanguageServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "lsp-fixture");
        thread.setDaemon(true);
        return thread;
    });
    private final Writers writers = new Writers();
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Path root;
    private final RemoteEndpoint endpoint;
    private final TouchbaseLanguageServer implementation;
    private final PipedOutputStream clientOut;
    private final PipedOutputStream serverOut;

    private LspFixture(Path root, JsonObject options, ClientCapabilities capabilities) throws IOException {
        this.root = root;
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        serverOut = new PipedOutputStream(clientIn);

        implementation = new TouchbaseLanguageServer(Duration.ofMillis(20), code -> { });
        Launcher<LanguageClient> serverLauncher = TouchbaseLanguageServer.launcher(implementation, serverIn,
                writingOnOneThread(serverOut), threads);
        implementation.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();

        Launcher<Server> clientLauncher = new LSPLauncher.Builder<Server>().setLocalService(client)
                .setRemoteInterface(Server.class).setInput(clientIn).setOutput(writingOnOneThread(clientOut))
                .setExecutorService(threads).create();
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
        endpoint = clientLauncher.getRemoteEndpoint();

        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        params.setInitializationOptions(options);
        if (root != null) {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.fromPath(root), "root")));
        }
        await(server.initialize(params));
        server.initialized(new InitializedParams());
    }

    /** A server with no workspace folder and "today" fixed at {@link #TODAY}. */
    public static LspFixture start() throws IOException {
        return start(null, TODAY);
    }

    /** A server on a workspace folder (may be null) with "today" fixed (may be null for the clock). */
    public static LspFixture start(Path root, String today) throws IOException {
        JsonObject options = new JsonObject();
        if (today != null) {
            options.addProperty("today", today);
        }
        return start(root, options);
    }

    public static LspFixture start(Path root, JsonObject options) throws IOException {
        return start(root, options, editorCapabilities());
    }

    /** A server with "today" fixed, for a client that says it can do what {@code capabilities} say. */
    public static LspFixture start(ClientCapabilities capabilities) throws IOException {
        JsonObject options = new JsonObject();
        options.addProperty("today", TODAY);
        return start(null, options, capabilities);
    }

    public static LspFixture start(Path root, JsonObject options, ClientCapabilities capabilities)
            throws IOException {
        return new LspFixture(root, options, capabilities);
    }

    /** What an editor such as VS Code says it can do, as far as the server asks: snippets in completion. */
    public static ClientCapabilities editorCapabilities() {
        CompletionItemCapabilities item = new CompletionItemCapabilities();
        item.setSnippetSupport(true);
        CompletionCapabilities completion = new CompletionCapabilities();
        completion.setCompletionItem(item);
        TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
        textDocument.setCompletion(completion);
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(textDocument);
        return capabilities;
    }

    public LanguageServer server() {
        return server;
    }

    /** Sends any request as it is, e.g. one with parameters the protocol forbids. */
    public CompletableFuture<Object> raw(String method, Object params) {
        return endpoint.request(method, params);
    }

    /** The server's requests beyond LSP, e.g. {@code touchbase/projectInfo}. */
    public TouchbaseProtocol touchbase() {
        return (TouchbaseProtocol) server;
    }

    public TestClient client() {
        return client;
    }

    /** A document URI for a file name, under the workspace folder when there is one. */
    public String uri(String name) {
        Path base = root != null ? root : Path.of(System.getProperty("java.io.tmpdir"), "touchbase-tests");
        return Uris.fromPath(base.resolve(name));
    }

    /** Opens a document with the given text (no markers) and returns its URI. */
    public String open(String name, String text) {
        return openUri(uri(name), text);
    }

    /** Opens a document by its URI, wherever it is, and returns the URI. */
    public String openUri(String uri, String text) {
        versions.put(uri, 1);
        texts.put(uri, text);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "touchbase", 1, text)));
        return uri;
    }

    /** Replaces a range of an open document (an incremental change). */
    public void change(String uri, Range range, String newText) {
        int version = versions.merge(uri, 1, Integer::sum);
        texts.put(uri, TextEdits.apply(texts.get(uri), range, newText));
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(range, newText);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
    }

    /** Replaces the whole text of an open document. */
    public void replace(String uri, String text) {
        int version = versions.merge(uri, 1, Integer::sum);
        texts.put(uri, text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Closes an open document. */
    public void close(String uri) {
        versions.remove(uri);
        texts.remove(uri);
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Tells the server a file changed on disk, as an editor's file watcher does. */
    public void watched(String uri, FileChangeType type) {
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(uri, type))));
    }

    /** Adds and removes workspace folders while the server runs. */
    public void folders(List<Path> added, List<Path> removed) {
        List<WorkspaceFolder> add = added.stream().map(path -> new WorkspaceFolder(Uris.fromPath(path), "added")).toList();
        List<WorkspaceFolder> remove = removed.stream().map(path -> new WorkspaceFolder(Uris.fromPath(path), "removed"))
                .toList();
        server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                new WorkspaceFoldersChangeEvent(add, remove)));
    }

    /**
     * Waits until the server has handled everything sent so far and the client
     * has what it published: a request answered (messages are handled in
     * order), the analysis it scheduled, and a request answered again.
     */
    public void settle() {
        await(server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")));
        try {
            implementation.awaitIdle();
        } catch (Exception e) {
            throw new AssertionError("the server did not settle: " + e, e);
        }
        // what the server published went out before this answer, and the client reads in order
        await(server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")));
    }

    /** Waits until the diagnostics published for a file satisfy {@code until}; fails after 20 seconds. */
    public List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> until) {
        return client.awaitDiagnostics(uri, until);
    }

    public String text(String uri) {
        return texts.get(uri);
    }

    /** The diagnostics published for the latest version of an open document. */
    public List<Diagnostic> diagnostics(String uri) {
        return client.diagnostics(uri, versions.get(uri));
    }

    /** The diagnostics last published for a file that is not open (waits until some arrive). */
    public List<Diagnostic> publishedDiagnostics(String uri) {
        return client.diagnostics(uri, null);
    }

    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            server.shutdown().get(5, TimeUnit.SECONDS);
            server.exit();
        } catch (Exception e) {
            // the server is gone already
        }
        try {
            clientOut.close();
            serverOut.close();
        } catch (IOException e) {
            // closed already
        }
        threads.shutdownNow();
        writers.shutdownNow();
    }

    /**
     * A piped stream breaks ("Write end dead") once the thread that last wrote
     * to it has ended, and responses are written by whichever pool thread
     * completed them: every write goes through one thread that lives as long
     * as the fixture.
     */
    private OutputStream writingOnOneThread(OutputStream out) {
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lsp-fixture-writer");
            thread.setDaemon(true);
            return thread;
        });
        writers.add(writer);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                byte[] copy = Arrays.copyOfRange(bytes, offset, offset + length);
                on(() -> out.write(copy));
            }

            @Override
            public void flush() throws IOException {
                on(out::flush);
            }

            private void on(IoAction action) throws IOException {
                try {
                    writer.submit(() -> {
                        action.run();
                        return null;
                    }).get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                } catch (InterruptedException | RejectedExecutionException e) {
                    throw new IOException("closed", e);
                }
            }
        };
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** The writer threads of the fixture's streams. */
    private static final class Writers {
        private final List<ExecutorService> executors = new ArrayList<>();

        synchronized void add(ExecutorService executor) {
            executors.add(executor);
        }

        synchronized void shutdownNow() {
            executors.forEach(ExecutorService::shutdownNow);
        }
    }

    /** What the test client talks to: LSP and the server's own requests. */
    public interface Server extends LanguageServer, TouchbaseProtocol {
    }

    /** The client side: it records what the server publishes and applies the edits it asks for. */
    public static final class TestClient implements LanguageClient {

        private final Map<String, PublishDiagnosticsParams> diagnostics = new HashMap<>();
        private final Map<String, Integer> publications = new HashMap<>();
        private final List<MessageParams> logs = new ArrayList<>();
        private final List<ApplyWorkspaceEditParams> edits = new ArrayList<>();
        private final List<MessageParams> shown = new ArrayList<>();

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(Uris.key(params.getUri()), params);
            publications.merge(Uris.key(params.getUri()), 1, Integer::sum);
            notifyAll();
        }

        synchronized List<Diagnostic> diagnostics(String uri, Integer version) {
            long deadline = System.currentTimeMillis() + 20_000;
            while (true) {
                PublishDiagnosticsParams params = diagnostics.get(Uris.key(uri));
                if (params != null && (version == null || version.equals(params.getVersion()))) {
                    return params.getDiagnostics();
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    fail("no diagnostics for " + uri + " version " + version + "; last: " + params);
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }

        synchronized List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> until) {
            long deadline = System.currentTimeMillis() + 20_000;
            while (true) {
                PublishDiagnosticsParams params = diagnostics.get(Uris.key(uri));
                if (params != null && until.test(params.getDiagnostics())) {
                    return params.getDiagnostics();
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    fail("the diagnostics of " + uri + " never came as expected; last: " + params);
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }

        /** What was last published for a file, without waiting; null when nothing was. */
        public synchronized PublishDiagnosticsParams published(String uri) {
            return diagnostics.get(Uris.key(uri));
        }

        /** How many times diagnostics were published for a file. */
        public synchronized int publications(String uri) {
            return publications.getOrDefault(Uris.key(uri), 0);
        }

        /** Every file diagnostics were published for. */
        public synchronized Set<String> publishedFiles() {
            return new TreeSet<>(diagnostics.keySet());
        }

        public synchronized List<MessageParams> logs() {
            return new ArrayList<>(logs);
        }

        public synchronized List<ApplyWorkspaceEditParams> appliedEdits() {
            return new ArrayList<>(edits);
        }

        @Override
        public synchronized CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
            edits.add(params);
            notifyAll();
            return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public synchronized void showMessage(MessageParams params) {
            shown.add(params);
            logMessage(params);
        }

        /** The messages shown to the user. */
        public synchronized List<MessageParams> shown() {
            return new ArrayList<>(shown);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public synchronized void logMessage(MessageParams params) {
            logs.add(params);
        }
    }

    /** Applies text edits to a text, last first, as a client does. */
    public static String applyEdits(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> {
            Position pa = a.getRange().getStart();
            Position pb = b.getRange().getStart();
            return pa.getLine() != pb.getLine() ? Integer.compare(pb.getLine(), pa.getLine())
                    : Integer.compare(pb.getCharacter(), pa.getCharacter());
        });
        String result = text;
        for (TextEdit edit : sorted) {
            result = TextEdits.apply(result, edit.getRange(), edit.getNewText());
        }
        assertTrue(result != null);
        return result;
    }
}
