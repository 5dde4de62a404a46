package org.touchbase.cli.format;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.text.Position;

/**
 * {@code {"version":1,"findings":[…],"summary":{…}}} with 1-based lines and columns,
 * streamed finding by finding: a large workspace's output is never held whole in memory.
 */
final class JsonFormatter implements Formatter {

    @Override
    public void write(CheckReport report, PrintWriter out) {
        try {
            BulkWriter sink = new BulkWriter(out);
            JsonWriter json = new JsonWriter(sink);
            json.setIndent("  ");
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("version").value(1);
            json.name("findings").beginArray();
            List<String> texts = report.texts();
            for (int i = 0; i < texts.size(); i++) {
                Finding finding = report.findings().get(i);
                Position start = CheckReport.start(finding);
                Position end = CheckReport.end(finding);
                json.beginObject();
                json.name("file").value(finding.file().id());
                json.name("line").value(start.line());
                json.name("column").value(start.column());
                json.name("endLine").value(end.line());
                json.name("endColumn").value(end.column());
                json.name("severity").value(finding.severity().id());
                json.name("rule").value(finding.rule());
                json.name("message").value(texts.get(i));
                json.endObject();
            }
            json.endArray();
            json.name("summary").beginObject();
            json.name("files").value(report.files());
            for (Map.Entry<Severity, Integer> count : report.counts().entrySet()) {
                json.name(count.getKey().id()).value(count.getValue());
            }
            json.endObject();
            json.endObject();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
