package org.touchbase.bench;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Analyzer;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.ModelBuilder;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.SyntaxParser;
import org.touchbase.core.text.SourceFile;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.grammar.ClientParser;

/**
 * In-process figures for the workspace check: the bare ANTLR lex+parse floor,
 * the parsing front end, and the full check (parse, model, link, rules),
 * all over the same files and with the same parallelism as the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CheckBenchmark {

    @Param("1000")
    int files;

    @Param("200000")
    int touches;

    private List<SourceFile> sources;
    private final LocalDateTime now = LocalDateTime.of(2026, 6, 1, 0, 0);

    @Setup
    public void generate() {
        sources = new WorkloadGenerator(1, files, touches).generate().stream()
                .map(file -> new SourceFile(file.name(), file.text())).toList();
    }

    /** The floor: ANTLR's own character stream, lexer and SLL parser, nothing else. */
    @Benchmark
    public long bareAntlrParse() {
        return sources.parallelStream().mapToLong(file -> {
            ClientLexer lexer = new ClientLexer(CharStreams.fromString(file.text()));
            lexer.removeErrorListeners();
            ClientParser parser = new ClientParser(new CommonTokenStream(lexer));
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            return parser.file().getChildCount();
        }).sum();
    }

    /** Touchbase's parsing front end: lexing, two-stage parsing, literal checks. */
    @Benchmark
    public long frontEnd() {
        return sources.parallelStream().map(SyntaxParser::parse).mapToLong(ParsedFile::hashCode).sum();
    }

    /** What {@code touchbase check} does after reading the files. */
    @Benchmark
    public int fullCheck() {
        List<Document> documents = sources.parallelStream().map(ModelBuilder::build).toList();
        Analysis analysis = Analyzer.analyze(documents, file -> Settings.defaults(now));
        return analysis.findings().size();
    }
}
