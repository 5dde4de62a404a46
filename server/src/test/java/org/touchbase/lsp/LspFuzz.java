package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.touchbase.cli.Main;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.fuzz.Mutants;

/**
 * Random sessions with the language server: documents opened, edited, saved
 * and closed; files created, changed and deleted on disk and announced
 * (configuration files and pipes among them); a workspace folder added and
 * removed; feature requests in between. No request may fail, and once every
 * document is closed and the server has settled, its diagnostics are what
 * {@code touchbase check} says of the same folders.
 */
class LspFuzz {

    private static final List<String> SEEDS = Mutants.seeds();
    private static final List<String> NAMES = List.of("a.client", "b.client", "ж.client", "sub/c.client",
            "dist/d.client", ".history/e.client", "node_modules/f.client", "g h.client", "README.md");
    /** A line of check's text output; a message may quote text holding U+2028 or U+0085, which end no line. */
    private static final Pattern CHECK_LINE = Pattern.compile(
            "^(.*?):(\\d+):(\\d+): (error|warning|info|hint): (.*) \\[([a-z-]+)\\]$", Pattern.DOTALL);
    private static final boolean FIFOS = hasMkfifo();

    @Property
    void aSessionEndsWithTheDiagnosticsOfTheCheck(@ForAll long seed, @ForAll @IntRange(min = 5, max = 30) int steps)
            throws Exception {
        Random random = new Random(seed);
        Path base = Files.createTempDirectory("touchbase-lsp-fuzz");
        try {
            new Session(base, random).run(steps);
        } finally {
            delete(base);
        }
    }

    /** One session: the folders, what is open, and the server. */
    private static final class Session {
        private final Random random;
        private final Path root;
        private final Path second;
        private final Path outside;
        private final Map<String, String> open = new LinkedHashMap<>();
        private boolean secondAdded;
        private LspFixture lsp;

        Session(Path base, Random random) throws IOException {
            this.random = random;
            this.root = Files.createDirectories(base.resolve("root"));
            this.second = Files.createDirectories(base.resolve("second"));
            this.outside = Files.createDirectories(base.resolve("outside"));
        }

        void run(int steps) throws Exception {
            for (int i = random.nextInt(4); i > 0; i--) {
                writeDisk(root.resolve(name()));
            }
            if (random.nextBoolean()) {
                Files.writeString(root.resolve("touchbase.json"), goodConfig());
            }
            JsonObject options = new JsonObject();
            options.addProperty("today", LspFixture.TODAY);
            options.addProperty("locale", "en");
            try (LspFixture fixture = LspFixture.start(root, options)) {
                lsp = fixture;
                for (int i = 0; i < steps; i++) {
                    step();
                }
                for (String uri : new ArrayList<>(open.keySet())) {
                    lsp.close(uri);
                }
                open.clear();
                // check stops on a bad configuration where the server keeps the last good one: repair them
                for (Path folder : List.of(root, second)) {
                    Path config = folder.resolve("touchbase.json");
                    if (Files.exists(config) || folder == root) {
                        Files.writeString(config, goodConfig());
                        lsp.watched(Uris.fromPath(config), FileChangeType.Changed);
                    }
                }
                lsp.settle();
                assertEquals(check(), published());
                for (MessageParams log : lsp.client().logs()) {
                    if (log.getType() == MessageType.Error && log.getMessage().startsWith("touchbase:")) {
                        throw new AssertionError("the server failed: " + log.getMessage());
                    }
                }
            }
        }

        /** With {@code -Dtouchbase.fuzz.trace=true}, each step is printed: a failing seed replays as a story. */
        private static void trace(String what) {
            if (Boolean.getBoolean("touchbase.fuzz.trace")) {
                System.out.println("lsp-fuzz: " + what);
            }
        }

        private void step() throws Exception {
            trace("open " + open.keySet());
            switch (random.nextInt(12)) {
                case 0, 1 -> {
                    String uri = Uris.fromPath(folder().resolve(name()));
                    String text = text();
                    open.put(uri, text);
                    trace("didOpen " + uri + " " + text.length() + " chars");
                    lsp.openUri(uri, text);
                }
                case 2, 3 -> {
                    String uri = anOpenDocument();
                    if (uri != null) {
                        String text = open.get(uri);
                        SourceFile file = new SourceFile(uri, text);
                        int start = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
                        int end = Math.min(text.length(), start + random.nextInt(6));
                        String inserted = List.of("", "x", "\n", "\r", "\r\n", "{", "}", "\"", " anna ",
                                "// touchbase-disable-next-line no-goals\n").get(random.nextInt(10));
                        Range range = TextEdits.range(file, new Span(start, end));
                        trace("didChange " + uri + " " + start + ".." + end + " " + inserted.replace("\r", "CR").replace("\n", "LF"));
                        lsp.change(uri, range, inserted);
                        open.put(uri, lsp.text(uri));
                    }
                }
                case 4 -> {
                    String uri = anOpenDocument();
                    if (uri != null) {
                        String text = text();
                        trace("didChange (all) " + uri);
                        lsp.replace(uri, text);
                        open.put(uri, text);
                    }
                }
                case 5 -> {
                    String uri = anOpenDocument();
                    if (uri != null) {
                        if (random.nextBoolean()) {
                            Path path = Uris.toPath(uri);
                            Files.createDirectories(path.getParent());
                            Files.write(path, open.get(uri).getBytes(StandardCharsets.UTF_8));
                            lsp.server().getTextDocumentService().didSave(
                                    new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
                            lsp.watched(uri, FileChangeType.Changed);
                        }
                        trace("didClose " + uri);
                        lsp.close(uri);
                        open.remove(uri);
                    }
                }
                case 6 -> {
                    Path path = folder().resolve(name());
                    boolean existed = Files.exists(path);
                    writeDisk(path);
                    trace("write " + path);
                    lsp.watched(Uris.fromPath(path), existed ? FileChangeType.Changed : FileChangeType.Created);
                }
                case 7 -> {
                    Path path = folder().resolve(name());
                    if (Files.isRegularFile(path) || Files.isDirectory(path.getParent())) {
                        delete(path.getParent().equals(root) || path.getParent().equals(second)
                                || random.nextBoolean() ? path : path.getParent());
                        trace("delete " + path);
                        lsp.watched(Uris.fromPath(path), FileChangeType.Deleted);
                    }
                }
                case 8 -> {
                    Path config = (random.nextInt(3) == 0 ? second : root).resolve("touchbase.json");
                    boolean existed = Files.exists(config);
                    Files.writeString(config, random.nextBoolean() ? goodConfig()
                            : List.of("{", "{\"today\": \"someday\"}", "{} trailing", "[]", "{\"rules\": 1}")
                                    .get(random.nextInt(5)));
                    lsp.watched(Uris.fromPath(config), existed ? FileChangeType.Changed : FileChangeType.Created);
                }
                case 9 -> {
                    if (FIFOS) {
                        Path pipe = folder().resolve("pipe-" + random.nextInt(3) + ".client");
                        if (!Files.exists(pipe)) {
                            new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
                        }
                        lsp.watched(Uris.fromPath(pipe), FileChangeType.Created);
                    }
                }
                case 10 -> {
                    if (secondAdded) {
                        lsp.folders(List.of(), List.of(second));
                    } else {
                        lsp.folders(List.of(second), List.of());
                    }
                    secondAdded = !secondAdded;
                }
                default -> request();
            }
        }

        /** A feature request on an open document: it may find nothing, but it must not fail. */
        private void request() throws Exception {
            String uri = anOpenDocument();
            if (uri == null) {
                answered(lsp.server().getWorkspaceService().symbol(new WorkspaceSymbolParams("a")));
                return;
            }
            SourceFile file = new SourceFile(uri, open.get(uri));
            int offset = file.text().isEmpty() ? 0 : random.nextInt(file.text().length() + 1);
            Position position = TextEdits.position(file, offset);
            TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
            var service = lsp.server().getTextDocumentService();
            switch (random.nextInt(8)) {
                case 0 -> answered(service.hover(new HoverParams(document, position)));
                case 1 -> answered(service.completion(new CompletionParams(document, position)));
                case 2 -> answered(service.documentSymbol(new DocumentSymbolParams(document)));
                case 3 -> answered(service.formatting(new DocumentFormattingParams(document,
                        new FormattingOptions(2, true))));
                case 4 -> answered(service.foldingRange(new FoldingRangeRequestParams(document)));
                case 5 -> answered(service.semanticTokensFull(new SemanticTokensParams(document)));
                case 6 -> answered(service.references(new ReferenceParams(document, position,
                        new ReferenceContext(true))));
                default -> answered(service.codeAction(new CodeActionParams(document, new Range(position, position),
                        new CodeActionContext(List.of()))));
            }
        }

        private static void answered(CompletableFuture<?> request) throws Exception {
            try {
                request.get(20, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ResponseErrorException error) {
                    throw new AssertionError("a request failed: " + error.getResponseError().getMessage(), error);
                }
                throw e;
            }
        }

        private String anOpenDocument() {
            if (open.isEmpty()) {
                return null;
            }
            List<String> uris = new ArrayList<>(open.keySet());
            return uris.get(random.nextInt(uris.size()));
        }

        private Path folder() {
            int choice = random.nextInt(6);
            return choice == 0 ? outside : choice == 1 ? second : root;
        }

        private String name() {
            return NAMES.get(random.nextInt(NAMES.size()));
        }

        private String text() {
            return Mutants.mutate(Mutants.seed(SEEDS, random), random, random.nextInt(3));
        }

        private void writeDisk(Path path) throws IOException {
            Files.createDirectories(path.getParent());
            Files.write(path, text().getBytes(StandardCharsets.UTF_8));
        }

        private String goodConfig() {
            return List.of("{}", "{\"rules\": {\"no-goals\": \"off\"}}", "{\"rules\": {\"aimless-touch\": \"error\"}}",
                    "{\"cadence\": \"3d\", \"respondWithin\": \"4h\"}").get(random.nextInt(4));
        }

        /** What check says of the workspace folders, one line per finding. */
        private List<String> check() {
            List<String> args = new ArrayList<>(List.of("check", "--today", LspFixture.TODAY, "--locale", "en"));
            args.add(root.toString());
            if (secondAdded) {
                args.add(second.toString());
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
            if (code > 1 && !err.toString().contains("no .client files")) {
                throw new AssertionError("check ended with " + code + ": " + err);
            }
            List<String> lines = new ArrayList<>();
            for (String line : out.toString().split("\n")) {
                Matcher matcher = CHECK_LINE.matcher(line);
                if (matcher.matches()) {
                    lines.add(Path.of(matcher.group(1)).toAbsolutePath().normalize() + ":" + matcher.group(2) + ":"
                            + matcher.group(3) + ": " + matcher.group(4) + ": " + matcher.group(5)
                            + " [" + matcher.group(6) + "]");
                }
            }
            lines.sort(null);
            return lines;
        }

        /** What the server last published, in the same form. */
        private List<String> published() {
            List<String> lines = new ArrayList<>();
            for (String key : lsp.client().publishedFiles()) {
                PublishDiagnosticsParams params = lsp.client().published(key);
                Path path = Uris.toPath(params.getUri());
                for (Diagnostic diagnostic : params.getDiagnostics()) {
                    String severity = switch (diagnostic.getSeverity()) {
                        case Error -> "error";
                        case Warning -> "warning";
                        case Information -> "info";
                        case Hint -> "hint";
                    };
                    lines.add(path + ":" + (diagnostic.getRange().getStart().getLine() + 1) + ":"
                            + (diagnostic.getRange().getStart().getCharacter() + 1) + ": " + severity + ": "
                            + diagnostic.getMessage() + " [" + LspAssert.code(diagnostic) + "]");
                }
            }
            lines.sort(null);
            return lines;
        }
    }

    private static boolean hasMkfifo() {
        try {
            return new ProcessBuilder("mkfifo", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
