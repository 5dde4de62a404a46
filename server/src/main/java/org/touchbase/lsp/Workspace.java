package org.touchbase.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.lsp4j.Range;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.IncrementalUpdate;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.model.ProseEdit;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.SyntaxParser;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.WorkspaceFiles;

/**
 * The server's view of the knowledge base: every {@code .client} file of the
 * workspace folders, open documents overriding what is on disk. Edits only
 * replace one entry; the analysis is computed when asked for, on the latest
 * text, reusing parsed files and the results of projects that did not change.
 *
 * <p>What belongs to the workspace is decided by one rule,
 * {@link WorkspaceFiles#belongs}, for the start-up scan, the file watcher's
 * events and closed documents alike. A document open from elsewhere is
 * analysed alone while it is open and forgotten when it is closed. Without
 * any workspace folder, the open documents are the workspace.
 */
public final class Workspace {

    /**
     * One file: its text, its editor version (null when not open), its model
     * once parsed, and its tokens and parse tree once a feature that works on
     * the text as written (folding, highlighting, formatting) asked for them;
     * and the prose edits that made that model from the one last analysed,
     * which let the analysis take its rule findings over (null when there were
     * none, or other edits too).
     */
    private record Entry(String uri, SourceFile file, Integer version, boolean open, Document document,
            ParsedFile syntax, ProseEdit prose) {

        Entry(String uri, SourceFile file, Integer version, boolean open, Document document) {
            this(uri, file, version, open, document, null, null);
        }

        Entry parsed(Document parsedDocument) {
            return new Entry(uri, file, version, open, parsedDocument, syntax, null);
        }

        Entry withSyntax(ParsedFile parsedSyntax) {
            return new Entry(uri, file, version, open, document, parsedSyntax, prose);
        }

        Entry analysed() {
            return new Entry(uri, file, version, open, document, syntax, null);
        }
    }

    private final Object state = new Object();
    private final Object analysing = new Object();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Analysis> alone = new HashMap<>();
    private ServerSettings settings;
    private long generation;
    private Analysis analysis;
    private Map<String, Integer> analysedVersions = Map.of();
    private Map<String, Integer> analysedByUri = Map.of();
    private Map<String, Analysis> analysedAlone = Map.of();
    private Analysis lastAnalysis;
    /** Whether each file belongs to the workspace folders {@link #belongingRoots}; used while analysing. */
    private final Map<String, Boolean> belonging = new HashMap<>();
    private List<Path> belongingRoots;
    private long analysedGeneration = -1;

    public Workspace(ServerSettings settings) {
        this.settings = settings;
    }

    public ServerSettings settings() {
        synchronized (state) {
            return settings;
        }
    }

    public void setSettings(ServerSettings newSettings) {
        synchronized (state) {
            settings = newSettings;
            analysis = null;
            alone.clear();
            generation++;
        }
    }

    /** Whether a file belongs to the workspace folders; with none, every {@code .client} document does. */
    public boolean belongs(String uri) {
        return belongs(uri, settings().roots());
    }

    private static boolean belongs(String uri, List<Path> roots) {
        if (roots.isEmpty()) {
            return Uris.isClientFile(uri);
        }
        Path path = Uris.toPath(uri);
        if (path == null) {
            return false;
        }
        for (Path root : roots) {
            if (WorkspaceFiles.belongs(root, path)) {
                return true;
            }
        }
        return false;
    }

    /** Workspace folders changed: files no longer in any are forgotten (unless open); new folders are read. */
    public void setRoots(List<Path> roots, List<Path> added) {
        synchronized (state) {
            settings = settings.withRoots(roots);
            analysis = null;
            alone.clear();
            generation++;
        }
        synchronized (state) {
            entries.values().removeIf(entry -> !entry.open() && !belongs(entry.uri()));
            generation++;
        }
        index(added);
    }

    /** Reads every {@code .client} file under the folders; open documents keep their text. */
    public void index(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try {
                files.addAll(WorkspaceFiles.find(folder));
            } catch (IOException | RuntimeException e) {
                // an unreadable folder holds nothing we can check
            }
        }
        List<Entry> read = files.parallelStream().map(Workspace::readDisk).filter(Objects::nonNull)
                .filter(entry -> belongs(entry.uri())).toList();
        synchronized (state) {
            for (Entry entry : read) {
                entries.merge(Uris.key(entry.uri()), entry, (old, fresh) -> old.open() ? old : fresh);
            }
            generation++;
        }
    }

    /** A regular file as it is on disk (never a pipe or a device: those could block the server), or null. */
    private static Entry readDisk(Path file) {
        try {
            String text = WorkspaceFiles.read(file);
            String uri = Uris.fromPath(file);
            return new Entry(uri, new SourceFile(uri, text), null, false, null);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /** Opens a document; one that is not {@code .client} (a README.md) is not ours and is left alone. */
    public void open(String uri, String text, int version) {
        if (!Uris.isClientFile(uri)) {
            return;
        }
        synchronized (state) {
            entries.put(Uris.key(uri), new Entry(uri, new SourceFile(uri, text), version, true, null));
            generation++;
        }
    }

    /** The text of an open document, or null when it is not open. */
    public SourceFile openFile(String uri) {
        synchronized (state) {
            Entry entry = entries.get(Uris.key(uri));
            return entry != null && entry.open() ? entry.file() : null;
        }
    }

    public Integer version(String uri) {
        synchronized (state) {
            Entry entry = entries.get(Uris.key(uri));
            return entry == null ? null : entry.version();
        }
    }

    /** One change of a document's text: a range (null for the whole text) and its new text. */
    public record Change(Range range, String text) {
    }

    /**
     * Applies changes to an open document. When the document was parsed and
     * a change stays inside one item, only that item is parsed again.
     * Returns false when the document is not open.
     */
    public boolean change(String uri, List<Change> changes, int version) {
        synchronized (state) {
            Entry old = entries.get(Uris.key(uri));
            if (old == null || !old.open()) {
                return false;
            }
            SourceFile file = old.file();
            Document document = old.document();
            ProseEdit prose = old.prose();
            for (Change change : changes) {
                if (change.range() == null) {
                    file = new SourceFile(old.uri(), change.text());
                    document = null;
                    continue;
                }
                Span span = TextEdits.span(file, change.range());
                SourceFile next = file.withEdit(span.start(), span.end(), change.text());
                IncrementalUpdate.Update update = document == null ? null
                        : IncrementalUpdate.update(document, prose, next, span.start(), span.end(), change.text());
                document = update == null ? null : update.document();
                prose = update == null ? null : update.prose();
                file = next;
            }
            entries.put(Uris.key(uri), new Entry(old.uri(), file, version, true, document, null,
                    document == null ? null : prose));
            generation++;
            return true;
        }
    }

    /** A closed document of the workspace falls back to its file on disk, if it has one; any other is forgotten. */
    public void close(String uri) {
        Path path = Uris.toPath(uri);
        Entry disk = path != null && belongs(uri) && !settings().roots().isEmpty() ? readDisk(path) : null;
        synchronized (state) {
            if (disk != null) {
                entries.put(Uris.key(uri), disk);
            } else {
                entries.remove(Uris.key(uri));
            }
            generation++;
        }
    }

    /**
     * A file changed on disk: re-read it unless it is open in the editor. A
     * folder deleted takes its files with it; a folder created is searched.
     * Only files of the workspace count, and only regular ones are read.
     */
    public void fileChanged(String uri, boolean deleted) {
        Path path = Uris.toPath(uri);
        if (path == null || settings().roots().isEmpty()) {
            return;
        }
        if (deleted && !WorkspaceFiles.isClientFile(path)) {
            synchronized (state) {
                if (entries.values().removeIf(entry -> !entry.open() && isBelow(entry.uri(), path))) {
                    generation++;
                }
            }
            return;
        }
        if (!deleted && Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
            for (Path root : settings().roots()) {
                if (path.startsWith(root) && WorkspaceFiles.belongs(root, path.resolve("x" + WorkspaceFiles.EXTENSION))) {
                    index(List.of(path));
                    return;
                }
            }
            return;
        }
        if (!belongs(uri)) {
            return;
        }
        Entry disk = deleted ? null : readDisk(path);
        synchronized (state) {
            Entry current = entries.get(Uris.key(uri));
            if (current != null && current.open()) {
                return;
            }
            if (disk == null) {
                entries.remove(Uris.key(uri));
            } else {
                entries.put(Uris.key(uri), disk);
            }
            generation++;
        }
    }

    private static boolean isBelow(String uri, Path folder) {
        Path path = Uris.toPath(uri);
        return path != null && path.startsWith(folder);
    }

    /** URIs of every file in the workspace. */
    public List<String> uris() {
        synchronized (state) {
            List<String> uris = new ArrayList<>();
            for (Entry entry : entries.values()) {
                uris.add(entry.uri());
            }
            return uris;
        }
    }

    /**
     * An analysis with the editor versions of the documents it was made from,
     * and the analyses of the documents open from outside the workspace.
     */
    public record Snapshot(Analysis analysis, Map<String, Integer> versions, Map<String, Analysis> alone,
            Map<String, Integer> byUri) {

        public Snapshot(Analysis analysis, Map<String, Integer> versions, Map<String, Analysis> alone) {
            this(analysis, versions, alone, Map.of());
        }

        /** The version of a document (null when not open); {@code byUri} answers for the URIs as the files have them. */
        public Integer version(String uri) {
            if (byUri.containsKey(uri)) {
                return byUri.get(uri);
            }
            return versions.get(Uris.key(uri));
        }

        /** The workspace's analysis first, then each outside document's, by key. */
        public List<Analysis> analyses() {
            List<Analysis> all = new ArrayList<>();
            all.add(analysis);
            new TreeMap<>(alone).values().forEach(all::add);
            return all;
        }
    }

    /** The current analysis together with the document versions it reflects. */
    public Snapshot snapshot() {
        Analysis current = analysis();
        synchronized (state) {
            if (current == analysis) {
                return new Snapshot(current, analysedVersions, analysedAlone, analysedByUri);
            }
        }
        return snapshot();
    }

    /**
     * The analysis of the workspace as it is now. It never returns a stale
     * result: if anything changed since the last analysis, this call makes
     * a new one (parsing only the files that changed).
     */
    public Analysis analysis() {
        long wanted;
        List<Entry> snapshot;
        Map<String, Analysis> previousAlone;
        ServerSettings snapshotSettings;
        Analysis previous;
        synchronized (state) {
            if (analysis != null && analysedGeneration == generation) {
                return analysis;
            }
        }
        synchronized (analysing) {
            synchronized (state) {
                if (analysis != null && analysedGeneration == generation) {
                    return analysis;
                }
                wanted = generation;
                snapshot = new ArrayList<>(entries.values());
                snapshotSettings = settings;
                previous = analysis != null ? analysis : lastAnalysis;
                previousAlone = new HashMap<>(alone);
            }
            List<Entry> parsed = snapshot.parallelStream()
                    .map(entry -> entry.document() != null ? entry : entry.parsed(ModelBuilder.build(entry.file())))
                    .toList();
            List<Document> documents = new ArrayList<>(parsed.size());
            Map<String, Analysis> freshAlone = new HashMap<>();
            if (belongingRoots != snapshotSettings.roots()) {
                belonging.clear();
                belongingRoots = snapshotSettings.roots();
            }
            for (Entry entry : parsed) {
                if (belonging.computeIfAbsent(entry.uri(), uri -> belongs(uri, belongingRoots))) {
                    documents.add(entry.document());
                    continue;
                }
                String key = Uris.key(entry.uri());
                Analysis cached = previousAlone.get(key);
                freshAlone.put(key, cached != null && cached.knowledgeBase().documents().get(0) == entry.document()
                        ? cached : Analyzer.analyze(List.of(entry.document()), snapshotSettings::settingsFor));
            }
            Map<Document, ProseEdit> prose = new IdentityHashMap<>();
            for (Entry entry : parsed) {
                if (entry.prose() != null) {
                    prose.put(entry.document(), entry.prose());
                }
            }
            Analysis fresh = Analyzer.analyze(documents, snapshotSettings::settingsFor, previous, prose::get);
            synchronized (state) {
                for (Entry entry : parsed) {
                    Entry current = entries.get(Uris.key(entry.uri()));
                    if (current != null && current.document() == null && current.file() == entry.file()) {
                        entries.put(Uris.key(entry.uri()), current.parsed(entry.document()));
                    } else if (current != null && current.prose() != null && current.document() == entry.document()) {
                        // the next prose edits start from the document analysed now
                        entries.put(Uris.key(entry.uri()), current.analysed());
                    }
                }
                lastAnalysis = fresh;
                analysis = fresh;
                alone.clear();
                alone.putAll(freshAlone);
                analysedAlone = Map.copyOf(freshAlone);
                analysedGeneration = wanted;
                Map<String, Integer> versions = new HashMap<>();
                for (Entry entry : snapshot) {
                    if (entry.version() != null) {
                        versions.put(Uris.key(entry.uri()), entry.version());
                    }
                }
                analysedVersions = versions;
                Map<String, Integer> byUri = new HashMap<>();
                for (Entry entry : snapshot) {
                    byUri.put(entry.uri(), entry.version());
                }
                analysedByUri = Collections.unmodifiableMap(byUri);
            }
            return fresh;
        }
    }

    /**
     * The tokens and parse tree of a file's text, parsed once per text: kept
     * with the file's entry while the entry holds this very text.
     */
    public ParsedFile syntax(SourceFile file) {
        synchronized (state) {
            Entry entry = entries.get(Uris.key(file.id()));
            if (entry != null && entry.file() == file && entry.syntax() != null) {
                return entry.syntax();
            }
        }
        ParsedFile parsed = SyntaxParser.parse(file);
        synchronized (state) {
            Entry entry = entries.get(Uris.key(file.id()));
            if (entry != null && entry.file() == file && entry.syntax() == null) {
                entries.put(Uris.key(file.id()), entry.withSyntax(parsed));
            }
        }
        return parsed;
    }

    /** A document and the analysis it belongs to: the workspace's, or its own when it is from outside. */
    public record Located(Analysis analysis, Document document) {
    }

    /** The parsed model of a file and its analysis, as they are now; null for a file the server does not know. */
    public Located locate(String uri) {
        Snapshot current = snapshot();
        String key = Uris.key(uri);
        for (Analysis candidate : current.analyses()) {
            for (Document document : candidate.knowledgeBase().documents()) {
                if (Uris.key(document.file().id()).equals(key)) {
                    return new Located(candidate, document);
                }
            }
        }
        return null;
    }

    /** The parsed model of a file, from the current analysis; null for a file the server does not know. */
    public Document document(String uri) {
        Located located = locate(uri);
        return located == null ? null : located.document();
    }
}
