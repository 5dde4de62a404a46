package org.touchbase.bench;

import com.google.gson.JsonObject;
import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
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
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.touchbase.lsp.TouchbaseLanguageServer;
import org.touchbase.lsp.TouchbaseProtocol;
import org.touchbase.lsp.Uris;
import org.touchbase.lsp.services.AgendaService;

/**
 * Language server figures, through real JSON-RPC: time from {@code initialize}
 * to the first diagnostics of a large workspace and heap with it loaded; on a
 * file of 20,000 touches, time from an edit to its diagnostics (no debounce),
 * typing prose and typing a title, and completion latency; and last, the same for an edit in one file of the
 * loaded workspace. Client and server share the process and talk over a
 * loopback socket.
 *
 * <p>Usage: {@code LspBenchmark WORKSPACE_FOLDER [EDITS [STARTS [SERVER_COMMAND...]]]}; with a
 * server command, start-up is also measured against STARTS server processes started by it.
 */
public final class LspBenchmark {

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int starts = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> serverCommand = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
        if (!serverCommand.isEmpty()) {
            List<Long> first = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                long[] times = processStartup(workspace, serverCommand);
                first.add(times[0]);
                all.add(times[1]);
            }
            System.out.printf("initialize -> first diagnostics, server process (%s): median %.0f ms of %d starts"
                    + " (%.0f-%.0f ms; all files' diagnostics: median %.0f ms)%n", String.join(" ", serverCommand),
                    percentile(first, 50), starts, percentile(first, 0), percentile(first, 100), percentile(all, 50));
        }
        workspaceStartup(workspace);
        editLatency(edits);
        titleEditLatency(edits);
        workspaceEdits(workspace);
    }

    /**
     * Start-up as an editor sees it: the server is a process of its own,
     * started by {@code command} (e.g. {@code ./touchbase lsp}); the clock
     * runs from the {@code initialize} request, sent as soon as the process
     * is started, to the first diagnostics.
     */
    private static long[] processStartup(Path workspace, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Client client = new Client();
            var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            long start = System.nanoTime();
            server.initialize(initializeParams(workspace)).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            client.awaitAny();
            long first = System.nanoTime();
            client.awaitQuiet(Duration.ofMillis(500));
            long all = client.lastPublished.get();
            server.shutdown().get(10, TimeUnit.SECONDS);
            server.exit();
            process.waitFor(10, TimeUnit.SECONDS);
            return new long[] {first - start, all - start};
        } finally {
            process.destroyForcibly();
        }
    }

    private static InitializeParams initializeParams(Path root) {
        InitializeParams params = new InitializeParams();
        // an editor's capabilities as far as the server asks: snippets in completion
        CompletionItemCapabilities item = new CompletionItemCapabilities();
        item.setSnippetSupport(true);
        TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
        textDocument.setCompletion(new CompletionCapabilities(item));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(textDocument);
        params.setCapabilities(capabilities);
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.fromPath(root), "bench")));
        JsonObject options = new JsonObject();
        options.addProperty("today", "2026-06-01");
        params.setInitializationOptions(options);
        return params;
    }

    private static void workspaceStartup(Path workspace) throws Exception {
        long files;
        try (var stream = Files.list(workspace)) {
            files = stream.filter(path -> path.toString().endsWith(".client")).count();
        }
        System.gc();
        long baseline = usedHeap();
        try (Session session = new Session(workspace)) {
            long start = System.nanoTime();
            session.initialize();
            session.client.awaitAny();
            long first = System.nanoTime();
            session.client.awaitQuiet(Duration.ofMillis(500));
            long all = session.client.lastPublished.get();
            System.out.printf("initialize -> first diagnostics, %d files, server in this process: %d ms (all files' diagnostics: %d ms, %d files with findings)%n",
                    files, (first - start) / 1_000_000, (all - start) / 1_000_000, session.client.published.size());
            System.gc();
            Thread.sleep(200);
            System.gc();
            System.out.printf("heap after full GC, workspace loaded: %d MB (client side included)%n",
                    (usedHeap() - baseline) / (1024 * 1024));
            agendaRequests(session, files);
        }
    }

    /**
     * Edits in one file of the workspace once loaded, as typing there: time from an incremental edit to its
     * published diagnostics (p50/p95 over 100 edits), the other files unchanged. Measured last, on a
     * server of its own, so that it warms nothing the figures before it measure.
     */
    private static void workspaceEdits(Path workspace) throws Exception {
        long files;
        try (var stream = Files.list(workspace)) {
            files = stream.filter(path -> path.toString().endsWith(".client")).count();
        }
        try (Session session = new Session(workspace)) {
            session.initialize();
            session.client.awaitAny();
            session.client.awaitQuiet(Duration.ofMillis(500));
            workspaceEdits(session, workspace, files);
        }
    }

    private static void workspaceEdits(Session session, Path workspace, long files) throws Exception {
        Path file;
        try (var stream = Files.list(workspace)) {
            file = stream.filter(path -> path.toString().endsWith(".client")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(file);
        String uri = Uris.fromPath(file);
        session.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "touchbase", 1, text)));
        session.client.awaitVersion(uri, 1);
        int line = lineOf(text, "purpose \"Fix the scope\"", 3);
        List<Long> latencies = new ArrayList<>();
        for (int version = 2; version < 102; version++) {
            Position at = new Position(line, 14);
            Range range = new Range(at, version % 2 == 0 ? at : new Position(line, 15));
            long start = System.nanoTime();
            session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(range, version % 2 == 0 ? "x" : ""))));
            session.client.awaitVersion(uri, version);
            latencies.add(System.nanoTime() - start);
        }
        System.out.printf("edit -> diagnostics, one file of %d open in the loaded workspace (100 edits, no debounce):"
                + " p50 %.1f ms, p95 %.1f ms%n", files, percentile(latencies, 50), percentile(latencies, 95));
    }

    /** {@code touchbase/agenda} on the loaded workspace: the whole agenda, as the editor's view asks for it. */
    private static void agendaRequests(Session session, long files) throws Exception {
        List<Long> latencies = new ArrayList<>();
        int items = 0;
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            var answer = session.server.agenda(new AgendaService.Params())
                    .get(60, TimeUnit.SECONDS);
            latencies.add(System.nanoTime() - start);
            items = answer.json.getAsJsonArray("items").size();
        }
        System.out.printf("touchbase/agenda, %d files loaded (30 requests, %d items listed): p50 %.1f ms, p95 %.1f ms"
                + " (the first, which makes the agenda: %.1f ms)%n",
                files, items, percentile(latencies, 50), percentile(latencies, 95), latencies.get(0) / 1e6);
    }

    /**
     * Typing in a touch's purpose, prose (docs/reference.md, Findings), in the 20,000-touch file: the
     * findings are taken over, the project's rules do not run. Then completion in that file.
     */
    static void editLatency(int edits) throws Exception {
        Path folder = Files.createTempDirectory("touchbase-bench-lsp");
        try (Session session = new Session(folder)) {
            String text = BIG;
            String uri = openBig(session, folder);
            Typed typed = type(session, uri, new Position(lineOf(text, "purpose \"Fix the scope\"", 100), 14), edits);
            System.out.printf("edit -> diagnostics, 20,000-touch file, in a touch's purpose, prose (%d edits,"
                    + " no debounce): p50 %.1f ms, p95 %.1f ms (an edit: %.1f ms CPU of the process,"
                    + " %.1f MB allocated, server and client)%n",
                    edits, percentile(typed.latencies(), 50), percentile(typed.latencies(), 95),
                    typed.cpu() / 1e6 / edits, typed.allocated() / 1e6 / edits);

            List<Long> completion = new ArrayList<>();
            int withLine = lineOf(text, "call with anna", 200);
            for (int i = 0; i < 100; i++) {
                CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri),
                        new Position(withLine + (i % 50) * 0, 30));
                long start = System.nanoTime();
                try {
                    session.server.getTextDocumentService().completion(params).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    System.out.println("completion: not available (" + e.getCause() + ")");
                    return;
                }
                completion.add(System.nanoTime() - start);
            }
            System.out.printf("completion, 20,000-touch file (100 requests): p50 %.1f ms, p95 %.1f ms%n",
                    percentile(completion, 50), percentile(completion, 95));
        }
    }

    /**
     * The same keystrokes in the same touch's title, in a server of its own: findings quote titles, so
     * the project's rules run again after each.
     */
    static void titleEditLatency(int edits) throws Exception {
        Path folder = Files.createTempDirectory("touchbase-bench-lsp");
        try (Session session = new Session(folder)) {
            String text = BIG;
            String uri = openBig(session, folder);
            int line = lineOf(text, "\"Scope call 99\"", 1);
            int column = text.lines().skip(line).findFirst().orElseThrow().indexOf("Scope call 99") + 1;
            Typed typed = type(session, uri, new Position(line, column), edits);
            System.out.printf("edit -> diagnostics, 20,000-touch file, in a touch's title, not prose (%d edits):"
                    + " p50 %.1f ms, p95 %.1f ms (an edit: %.1f ms CPU of the process)%n", edits,
                    percentile(typed.latencies(), 50), percentile(typed.latencies(), 95), typed.cpu() / 1e6 / edits);
        }
    }

    /** The 20,000-touch file of the edit figures. */
    private static final String BIG = new WorkloadGenerator(7, 1, 20_000).project("big", 1, 20_000);

    /** Starts the session's server on {@code folder} and opens {@link #BIG} in it, diagnostics awaited. */
    private static String openBig(Session session, Path folder) throws Exception {
        session.initialize();
        String uri = Uris.fromPath(folder.resolve("big.client"));
        session.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "touchbase", 1, BIG)));
        session.client.awaitVersion(uri, 1);
        return uri;
    }

    /** What typing cost: each edit's latency, and the process's CPU and allocation over them all. */
    private record Typed(List<Long> latencies, long cpu, long allocated) {
    }

    /** Types a character at {@code at} and deletes it again, {@code edits} times in all, each awaited. */
    private static Typed type(Session session, String uri, Position at, int edits) throws Exception {
        List<Long> latencies = new ArrayList<>();
        long cpu = processCpuNanos();
        long allocated = allocatedBytes();
        Position next = new Position(at.getLine(), at.getCharacter() + 1);
        for (int version = 2; version < edits + 2; version++) {
            Range range = new Range(at, version % 2 == 0 ? at : next);
            String inserted = version % 2 == 0 ? "x" : "";
            long start = System.nanoTime();
            session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(range, inserted))));
            session.client.awaitVersion(uri, version);
            latencies.add(System.nanoTime() - start);
        }
        return new Typed(latencies, processCpuNanos() - cpu, allocatedBytes() - allocated);
    }

    private static int lineOf(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(needle, at + 1);
        }
        int line = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Bytes allocated so far by the threads alive now (the server's and the client's live through the edits). */
    private static long allocatedBytes() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The server as its client sees it: LSP and the requests under {@code touchbase/}. */
    interface Remote extends LanguageServer, TouchbaseProtocol {
    }

    /** A server in this process and a client talking to it over piped streams. */
    private static final class Session implements AutoCloseable {
        final Client client = new Client();
        final Remote server;
        final Path root;
        final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bench-lsp");
            thread.setDaemon(true);
            return thread;
        });
        final Socket clientSocket;
        final Socket serverSocket;

        /** Client and server connected by a loopback socket (any thread may write to a socket, unlike a pipe). */
        Session(Path root) throws Exception {
            this.root = root;
            try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                clientSocket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                serverSocket = listener.accept();
            }
            clientSocket.setTcpNoDelay(true);
            serverSocket.setTcpNoDelay(true);
            TouchbaseLanguageServer implementation = new TouchbaseLanguageServer(Duration.ZERO, code -> { });
            var serverLauncher = TouchbaseLanguageServer.launcher(implementation, serverSocket.getInputStream(),
                    serverSocket.getOutputStream(), threads);
            implementation.connect(serverLauncher.getRemoteProxy());
            serverLauncher.startListening();
            Launcher<Remote> clientLauncher = new LSPLauncher.Builder<Remote>()
                    .setLocalService(client).setRemoteInterface(Remote.class)
                    .setInput(clientSocket.getInputStream()).setOutput(clientSocket.getOutputStream())
                    .setExecutorService(threads).create();
            clientLauncher.startListening();
            server = clientLauncher.getRemoteProxy();
        }

        void initialize() throws Exception {
            server.initialize(initializeParams(root)).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
        }

        @Override
        public void close() throws Exception {
            server.shutdown().get(10, TimeUnit.SECONDS);
            clientSocket.close();
            serverSocket.close();
            threads.shutdownNow();
        }
    }

    private static final class Client implements LanguageClient {
        final Map<String, Integer> published = new ConcurrentHashMap<>();
        final AtomicLong lastPublished = new AtomicLong();

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            published.put(Uris.key(params.getUri()), params.getVersion() == null ? 0 : params.getVersion());
            lastPublished.set(System.nanoTime());
            notifyAll();
        }

        synchronized void awaitAny() throws InterruptedException {
            while (published.isEmpty()) {
                wait(60_000);
            }
        }

        synchronized void awaitVersion(String uri, int version) throws InterruptedException {
            while (!Integer.valueOf(version).equals(published.get(Uris.key(uri)))) {
                wait(60_000);
            }
        }

        void awaitQuiet(Duration quiet) throws InterruptedException {
            while (System.nanoTime() - lastPublished.get() < quiet.toNanos()) {
                Thread.sleep(50);
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
            System.err.println("server: " + params.getMessage());
        }
    }
}
