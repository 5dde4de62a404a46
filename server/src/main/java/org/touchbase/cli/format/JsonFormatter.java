package org.touchbase.cli.format;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Map;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.text.Position;

/** {@code {"version":1,"findings":[…],"summary":{…}}} with 1-based lines and columns. */
final class JsonFormatter implements Formatter {

    @Override
    public void write(CheckReport report, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray findings = new JsonArray();
        for (Finding finding : report.findings()) {
            Position start = CheckReport.start(finding);
            Position end = CheckReport.end(finding);
            JsonObject item = new JsonObject();
            item.addProperty("file", finding.file().id());
            item.addProperty("line", start.line());
            item.addProperty("column", start.column());
            item.addProperty("endLine", end.line());
            item.addProperty("endColumn", end.column());
            item.addProperty("severity", finding.severity().id());
            item.addProperty("rule", finding.rule());
            item.addProperty("message", report.message(finding));
            findings.add(item);
        }
        root.add("findings", findings);
        JsonObject summary = new JsonObject();
        summary.addProperty("files", report.files());
        for (Map.Entry<Severity, Integer> count : report.counts().entrySet()) {
            summary.addProperty(count.getKey().id(), count.getValue());
        }
        root.add("summary", summary);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }
}
