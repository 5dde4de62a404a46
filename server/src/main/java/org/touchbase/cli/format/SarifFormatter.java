package org.touchbase.cli.format;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.text.Position;
import org.touchbase.core.text.SourceFile;

/** SARIF 2.1.0 as GitHub code scanning accepts it. */
final class SarifFormatter implements Formatter {

    static final String FINGERPRINT = "touchbase/v1";

    @Override
    public void write(CheckReport report, PrintWriter out) {
        List<RuleInfo> rules = Rules.all();
        Map<String, Integer> ruleIndex = new HashMap<>();
        JsonArray ruleArray = new JsonArray();
        for (RuleInfo rule : rules) {
            ruleIndex.put(rule.id(), ruleArray.size());
            ruleArray.add(rule(report, rule));
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Touchbase");
        driver.addProperty("informationUri", RuleInfo.DOCS_BASE.substring(0, RuleInfo.DOCS_BASE.indexOf("/blob/")));
        driver.addProperty("semanticVersion", "0.1.0");
        driver.add("rules", ruleArray);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        Map<Path, Path> repositories = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        JsonArray results = new JsonArray();
        for (Finding finding : report.findings()) {
            results.add(result(report, finding, ruleIndex, uri(finding.file(), repositories), occurrences));
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        root.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonObject rule(CheckReport report, RuleInfo rule) {
        JsonObject object = new JsonObject();
        object.addProperty("id", rule.id());
        object.addProperty("name", pascalCase(rule.id()));
        object.add("shortDescription", text(report.messages().get(rule.titleKey())));
        object.add("fullDescription", text(report.messages().get(rule.descriptionKey())));
        JsonObject help = text(report.messages().get(rule.descriptionKey()) + " " + rule.docsUrl());
        help.addProperty("markdown", report.messages().get(rule.descriptionKey())
                + " [" + rule.id() + "](" + rule.docsUrl() + ")");
        object.add("help", help);
        object.addProperty("helpUri", rule.docsUrl());
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(rule.defaultSeverity()));
        object.add("defaultConfiguration", configuration);
        JsonObject properties = new JsonObject();
        JsonArray tags = new JsonArray();
        tags.add(rule.language() ? "language" : "practice");
        properties.add("tags", tags);
        if (!rule.practice().isEmpty()) {
            properties.addProperty("practice", rule.practice());
        }
        object.add("properties", properties);
        return object;
    }

    private static JsonObject result(CheckReport report, Finding finding, Map<String, Integer> ruleIndex, String uri,
            Map<String, Integer> occurrences) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", finding.rule());
        result.addProperty("ruleIndex", ruleIndex.get(finding.rule()));
        result.addProperty("level", level(finding.severity()));
        result.add("message", text(report.message(finding)));
        Position start = CheckReport.start(finding);
        Position end = CheckReport.end(finding);
        JsonObject region = new JsonObject();
        region.addProperty("startLine", start.line());
        region.addProperty("startColumn", start.column());
        region.addProperty("endLine", end.line());
        region.addProperty("endColumn", end.column());
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", uri);
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        JsonObject fingerprints = new JsonObject();
        fingerprints.addProperty(FINGERPRINT, fingerprint(finding, uri, occurrences));
        result.add("partialFingerprints", fingerprints);
        return result;
    }

    /**
     * Stable across edits elsewhere in the file: the rule, the file, the text
     * the finding points at and its line's text, and which occurrence of that
     * combination it is.
     */
    static String fingerprint(Finding finding, String uri, Map<String, Integer> occurrences) {
        SourceFile file = finding.file();
        int line = file.lineOf(finding.span().start());
        String lineText = file.text().substring(file.lineStart(line), file.lineEnd(line)).strip();
        String key = finding.rule() + '\0' + uri + '\0' + file.slice(finding.span()) + '\0' + lineText;
        String hash = sha256(key).substring(0, 32);
        int occurrence = occurrences.merge(hash, 1, Integer::sum);
        return hash + ":" + occurrence;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    private static JsonObject text(String text) {
        JsonObject object = new JsonObject();
        object.addProperty("text", text);
        return object;
    }

    private static String pascalCase(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /**
     * The file's path relative to the root of the repository it is in (the
     * nearest folder above it with {@code .git}), as code scanning expects;
     * for a file in no repository, its absolute {@code file:} URI.
     */
    static String uri(SourceFile file, Map<Path, Path> repositories) {
        Path path = Path.of(file.id()).toAbsolutePath().normalize();
        Path folder = path.getParent();
        Path base = folder == null ? null : repositories.computeIfAbsent(folder, SarifFormatter::repositoryOf);
        if (base == null) {
            return path.toUri().toString();
        }
        StringBuilder uri = new StringBuilder();
        for (Path part : base.relativize(path)) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return uri.toString();
    }

    private static Path repositoryOf(Path folder) {
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return null;
    }
}
