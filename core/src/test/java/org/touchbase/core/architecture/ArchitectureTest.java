package org.touchbase.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;

/** The invariants of ARCHITECTURE.md that a reading of the sources can check. */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..");
    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "dist", "out", ".vscode-test");

    @Test
    void coreAndReportNeverSeeTheProtocolOrTheCommandLine() {
        List<String> wrong = new ArrayList<>();
        for (String module : List.of("core", "report")) {
            for (Path file : javaSources(module)) {
                String text = read(file);
                for (String forbidden : List.of("org.eclipse.lsp4j", "picocli", "org.touchbase.lsp", "org.touchbase.cli",
                        module.equals("core") ? "org.touchbase.report" : "org.touchbase.report.none")) {
                    if (text.contains("import " + forbidden)) {
                        wrong.add(ROOT.relativize(file) + " imports " + forbidden);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRuleIdIsSpelledOnlyByItsRule() {
        List<String> wrong = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("core", "report", "server", "bench")) {
            sources.addAll(javaSources(module));
        }
        for (Path file : sources) {
            String text = read(file);
            for (RuleInfo rule : Rules.all()) {
                String literal = "\"" + rule.id() + "\"";
                if (!text.contains(literal) || owns(file, text, rule)) {
                    continue;
                }
                wrong.add(ROOT.relativize(file) + " spells " + literal);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theProjectCitesOnlyItsOwnReference() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(Files::isRegularFile).filter(ArchitectureTest::notSkipped).filter(ArchitectureTest::isText)
                    .forEach(file -> {
                        if (read(file).contains("LANGUAGE" + ".md")) {
                            wrong.add(ROOT.relativize(file).toString());
                        }
                    });
        }
        assertEquals(List.of(), wrong);
    }

    /** The rule's own class declares its id; the language rules' ids live in {@code RuleIds}. */
    private static boolean owns(Path file, String text, RuleInfo rule) {
        if (rule.language() || rule.id().equals(Rules.UNUSED_SUPPRESSION.id())) {
            return file.getFileName().toString().equals("RuleIds.java");
        }
        return text.contains("static final RuleInfo INFO = RuleInfo.") && text.contains("(\"" + rule.id() + "\",");
    }

    private static List<Path> javaSources(String module) {
        Path main = ROOT.resolve(module).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean notSkipped(Path file) {
        for (Path part : ROOT.relativize(file)) {
            if (SKIPPED.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Set.of("java", "g4", "md", "ts", "mjs", "js", "json", "sh", "xml", "properties", "client", "yml")
                .contains(extension) || name.equals("touchbase");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
