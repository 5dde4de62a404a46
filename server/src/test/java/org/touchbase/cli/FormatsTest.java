package org.touchbase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchbase.cli.Cli.HEALTHY;
import static org.touchbase.cli.Cli.NO_GOALS;
import static org.touchbase.cli.Cli.check;
import static org.touchbase.cli.Cli.write;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format json|sarif|github}. */
class FormatsTest {

    @TempDir
    Path dir;

    private static JsonObject json(Cli.Result result) {
        return JsonParser.parseString(result.out()).getAsJsonObject();
    }

    @Nested
    class Json {

        @Test
        void listsEachFindingWithItsPlaceSeverityRuleAndMessage() throws IOException {
            Path file = write(dir, "portal.client", NO_GOALS);
            JsonObject root = json(check(file, "--today", "2026-11-20", "--format", "json").assertCode(0));
            assertEquals(1, root.get("version").getAsInt());
            JsonArray findings = root.getAsJsonArray("findings");
            assertEquals(1, findings.size());
            JsonObject finding = findings.get(0).getAsJsonObject();
            assertEquals(file.toString(), finding.get("file").getAsString());
            assertEquals(1, finding.get("line").getAsInt());
            assertEquals(9, finding.get("column").getAsInt());
            assertEquals(1, finding.get("endLine").getAsInt());
            assertEquals(15, finding.get("endColumn").getAsInt());
            assertEquals("warning", finding.get("severity").getAsString());
            assertEquals("no-goals", finding.get("rule").getAsString());
            assertEquals("Project `portal` has no goals: find out the goals and objectives of the project first (`goal`)",
                    finding.get("message").getAsString());
            assertEquals(8, finding.size());
            JsonObject summary = root.getAsJsonObject("summary");
            assertEquals(1, summary.get("files").getAsInt());
            assertEquals(0, summary.get("error").getAsInt());
            assertEquals(1, summary.get("warning").getAsInt());
            assertEquals(0, summary.get("info").getAsInt());
            assertEquals(0, summary.get("hint").getAsInt());
        }

        @Test
        void aHealthyWorkspaceHasAnEmptyList() throws IOException {
            write(dir, "portal.client", HEALTHY);
            JsonObject root = json(check(dir, "--today", "2026-11-20", "--format", "json").assertCode(0));
            assertEquals(0, root.getAsJsonArray("findings").size());
        }
    }

    @Nested
    class Sarif {

        private JsonObject run(Path... paths) {
            List<Object> args = new ArrayList<>(List.of((Object[]) paths));
            args.addAll(List.of("--today", "2026-11-20", "--format", "sarif"));
            JsonObject root = json(check(args.toArray()));
            assertEquals("2.1.0", root.get("version").getAsString());
            assertTrue(root.get("$schema").getAsString().contains("sarif-2.1.0"));
            assertEquals(1, root.getAsJsonArray("runs").size());
            return root.getAsJsonArray("runs").get(0).getAsJsonObject();
        }

        @Test
        void describesEveryRule() throws IOException {
            write(dir, "portal.client", HEALTHY);
            JsonObject driver = run(dir).getAsJsonObject("tool").getAsJsonObject("driver");
            assertEquals("Touchbase", driver.get("name").getAsString());
            JsonArray rules = driver.getAsJsonArray("rules");
            assertEquals(29, rules.size());
            Set<String> ids = new HashSet<>();
            for (JsonElement element : rules) {
                JsonObject rule = element.getAsJsonObject();
                String id = rule.get("id").getAsString();
                ids.add(id);
                assertTrue(rule.get("name").getAsString().matches("[A-Z][A-Za-z]+"), id);
                assertTrue(!rule.getAsJsonObject("shortDescription").get("text").getAsString().isBlank(), id);
                assertTrue(!rule.getAsJsonObject("fullDescription").get("text").getAsString().isBlank(), id);
                assertTrue(!rule.getAsJsonObject("help").get("text").getAsString().isBlank(), id);
                assertTrue(rule.get("helpUri").getAsString().endsWith("/docs/rules/" + id + ".md"), id);
                String level = rule.getAsJsonObject("defaultConfiguration").get("level").getAsString();
                assertTrue(Set.of("error", "warning", "note").contains(level), id);
            }
            assertTrue(ids.contains("no-decision-maker") && ids.contains("syntax") && ids.contains("unused-suppression"));
            JsonObject noGoals = rule(rules, "no-goals");
            assertEquals("NoGoals", noGoals.get("name").getAsString());
            assertEquals("No project goals", noGoals.getAsJsonObject("shortDescription").get("text").getAsString());
            assertEquals("warning", noGoals.getAsJsonObject("defaultConfiguration").get("level").getAsString());
            assertEquals("note", rule(rules, "aimless-touch").getAsJsonObject("defaultConfiguration")
                    .get("level").getAsString());
            assertEquals("error", rule(rules, "syntax").getAsJsonObject("defaultConfiguration")
                    .get("level").getAsString());
        }

        private JsonObject rule(JsonArray rules, String id) {
            for (JsonElement element : rules) {
                if (element.getAsJsonObject().get("id").getAsString().equals(id)) {
                    return element.getAsJsonObject();
                }
            }
            throw new AssertionError("no rule " + id);
        }

        @Test
        void describesEachResult() throws IOException {
            Files.createDirectories(dir.resolve(".git"));
            write(dir, "clients/portal.client", NO_GOALS);
            JsonObject run = run(dir.resolve("clients"));
            JsonArray results = run.getAsJsonArray("results");
            assertEquals(1, results.size());
            JsonObject result = results.get(0).getAsJsonObject();
            assertEquals("no-goals", result.get("ruleId").getAsString());
            JsonObject rule = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")
                    .get(result.get("ruleIndex").getAsInt()).getAsJsonObject();
            assertEquals("no-goals", rule.get("id").getAsString());
            assertEquals("warning", result.get("level").getAsString());
            assertEquals("Project `portal` has no goals: find out the goals and objectives of the project first (`goal`)",
                    result.getAsJsonObject("message").get("text").getAsString());
            JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation");
            assertEquals("clients/portal.client", location.getAsJsonObject("artifactLocation").get("uri").getAsString());
            JsonObject region = location.getAsJsonObject("region");
            assertEquals(1, region.get("startLine").getAsInt());
            assertEquals(9, region.get("startColumn").getAsInt());
            assertEquals(1, region.get("endLine").getAsInt());
            assertEquals(15, region.get("endColumn").getAsInt());
            assertTrue(result.getAsJsonObject("partialFingerprints").size() > 0);
        }

        @Test
        void infoAndHintsAreNotes() throws IOException {
            write(dir, "portal.client", HEALTHY.replace("  source \"Quarterly report\"\n", ""));
            JsonObject result = run(dir).getAsJsonArray("results").get(0).getAsJsonObject();
            assertEquals("no-info-source", result.get("ruleId").getAsString());
            assertEquals("note", result.get("level").getAsString());
        }

        @Test
        void aFileOutsideAnyRepositoryHasAnAbsoluteUri() throws IOException {
            Path file = write(dir, "portal.client", NO_GOALS);
            JsonObject result = run(dir).getAsJsonArray("results").get(0).getAsJsonObject();
            String uri = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                    .getAsJsonObject("artifactLocation").get("uri").getAsString();
            Assumptions.assumeFalse(isInRepository(dir), "the temporary folder is in a repository");
            assertEquals(file.toUri().toString(), uri);
        }

        private boolean isInRepository(Path path) {
            for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.exists(p.resolve(".git"))) {
                    return true;
                }
            }
            return false;
        }

        @Test
        void fingerprintsAreStableAcrossRunsAndWhenLinesAreInsertedAbove() throws IOException {
            Files.createDirectories(dir.resolve(".git"));
            String text = HEALTHY.replace("  person boris { contact motivation \"Fewer night incidents\" }\n",
                    "  person boris { contact }\n  person vera { contact }\n").replace("anna, boris {", "anna, boris, vera {");
            write(dir, "portal.client", text);
            List<String> first = fingerprints(run(dir));
            assertEquals(2, first.size());
            assertNotEquals(first.get(0), first.get(1));
            assertEquals(first, fingerprints(run(dir)));
            write(dir, "portal.client", "// A comment\n\n" + text.replace("  goal \"Launch", "  // more\n  goal \"Launch"));
            JsonObject moved = run(dir);
            assertEquals(5 + 3, moved.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0)
                    .getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region")
                    .get("startLine").getAsInt());
            assertEquals(first, fingerprints(moved));
        }

        @Test
        void identicalLinesGetDistinctFingerprints() throws IOException {
            Files.createDirectories(dir.resolve(".git"));
            write(dir, "portal.client", HEALTHY + """
                    log portal {
                      touch 2026-11-19 ping to anna
                      touch 2026-11-19 ping to anna
                    }
                    """);
            List<String> prints = fingerprints(run(dir));
            assertEquals(2, prints.size());
            assertNotEquals(prints.get(0), prints.get(1));
        }

        private List<String> fingerprints(JsonObject run) {
            List<String> prints = new ArrayList<>();
            for (JsonElement result : run.getAsJsonArray("results")) {
                JsonObject fingerprints = result.getAsJsonObject().getAsJsonObject("partialFingerprints");
                prints.add(fingerprints.toString());
            }
            return prints;
        }
    }

    @Nested
    class Github {

        @Test
        void writesOneWorkflowCommandPerFinding() throws IOException {
            Path file = write(dir, "portal.client", NO_GOALS);
            Cli.Result result = check(file, "--today", "2026-11-20", "--format", "github").assertCode(0);
            assertEquals(List.of("::warning file=" + file + ",line=1,col=9,endLine=1,endColumn=15,"
                    + "title=No project goals [no-goals]::Project `portal` has no goals: find out the goals and "
                    + "objectives of the project first (`goal`)",
                    "0 errors, 1 warning, 0 info, 0 hints in 1 file"), result.lines());
        }

        @Test
        void errorsAreErrorsAndInfoAndHintsAreNotices() throws IOException {
            write(dir, "portal.client", HEALTHY.replace(" decides", "").replace("  source \"Quarterly report\"\n", "")
                    + "log portal {\n  touch 2026-11-19 ping to anna { purpose \"p\" }\n}\n");
            Cli.Result result = check(dir, "--today", "2026-11-20", "--format", "github", "--fail-on", "never");
            assertTrue(result.out().contains("::error file=") && result.out().contains("[no-decision-maker]"), result.out());
            assertEquals(2, result.out().lines().filter(l -> l.startsWith("::notice file=")).count(), result.out());
        }

        @Test
        void escapesPercentLineBreaksAndPropertySeparators() throws IOException {
            Path file = write(dir, "a,b:c%.client", HEALTHY + """
                    log portal {
                      touch 2026-11-19 ping to anna \"""50% off,
                    really: yes\"""
                    }
                    """);
            Cli.Result result = check(file, "--today", "2026-11-20", "--format", "github").assertCode(0);
            String line = result.lines().get(0);
            assertTrue(line.startsWith("::notice file=" + file.toString().replace("%", "%25").replace(",", "%2C")
                    .replace(":", "%3A") + ",line=12,col=3,"), line);
            assertTrue(line.contains(",title=Touch without purpose or benefit [aimless-touch]::\"50%25 off,%0Areally: yes\" "
                    + "(ping, 19 Nov) has no purpose"), line);
            assertEquals(2, result.lines().size(), result.out());
        }
    }
}
