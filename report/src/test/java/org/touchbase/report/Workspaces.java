package org.touchbase.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.config.Dates;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;
import org.touchbase.core.workspace.WorkspaceFiles;

/** Short helpers that turn inline {@code .client} text, or the samples, into an analysis. */
final class Workspaces {

    static final String TODAY = "2026-11-20";

    private Workspaces() {
    }

    /** Analyses files given as text ({@code a.client}, {@code b.client}, …) with "now" at {@code today}. */
    static Analysis analyzeAt(String today, String... texts) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            documents.add(ModelBuilder.build(new SourceFile((char) ('a' + i) + ".client", texts[i])));
        }
        return analyzeDocuments(documents, today);
    }

    static Analysis analyze(String... texts) {
        return analyzeAt(TODAY, texts);
    }

    static Project project(Analysis analysis, String id) {
        Project project = analysis.knowledgeBase().project(id);
        if (project == null) {
            throw new AssertionError("no project " + id);
        }
        return project;
    }

    /** The samples folder, named as {@code touchbase report samples/} names its files, with its touchbase.json. */
    static Analysis samples() throws IOException {
        Path root = samplesDir();
        List<Document> documents = new ArrayList<>();
        for (Path file : WorkspaceFiles.find(root)) {
            String name = "samples/" + root.relativize(file).toString().replace('\\', '/');
            documents.add(ModelBuilder.build(new SourceFile(name, Files.readString(file, StandardCharsets.UTF_8))));
        }
        org.touchbase.core.config.Config config;
        try {
            config = org.touchbase.core.config.ConfigReader.read(root.resolve("touchbase.json"));
        } catch (org.touchbase.core.config.ConfigException e) {
            throw new IOException("samples/touchbase.json", e);
        }
        Settings settings = Settings.of(config, Dates.parseMoment(TODAY));
        return Analyzer.analyze(documents, file -> settings);
    }

    static Path samplesDir() {
        String configured = System.getProperty("touchbase.samples");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "samples");
    }

    private static Analysis analyzeDocuments(List<Document> documents, String today) {
        LocalDateTime now = Dates.parseMoment(today);
        Settings settings = Settings.defaults(now);
        return Analyzer.analyze(documents, file -> settings);
    }
}
