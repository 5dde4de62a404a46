package org.touchbase.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.syntax.SyntaxParser;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.WorkspaceFiles;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.grammar.ClientParser;

/** Times the phases of a check in one process: read, bare parse, parse front end, model, analysis. */
public final class Phases {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<SourceFile> files = new ArrayList<>();
        for (Path path : WorkspaceFiles.find(root)) {
            files.add(new SourceFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
        }
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            files.parallelStream().forEach(Phases::bareParse);
            long t1 = System.nanoTime();
            files.parallelStream().forEach(SyntaxParser::parse);
            long t2 = System.nanoTime();
            List<Document> documents = files.parallelStream().map(ModelBuilder::build).toList();
            long t3 = System.nanoTime();
            Analysis analysis = Analyzer.analyze(documents, f -> Settings.defaults(LocalDateTime.of(2026, 6, 1, 0, 0)));
            long t4 = System.nanoTime();
            System.out.printf("round %d: bare parse %d ms, front end %d ms, model %d ms, analysis %d ms, findings %d%n",
                    round, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                    analysis.findings().size());
        }
    }

    static void bareParse(SourceFile file) {
        ClientLexer lexer = new ClientLexer(CharStreams.fromString(file.text()));
        lexer.removeErrorListeners();
        ClientParser parser = new ClientParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.file();
    }
}
