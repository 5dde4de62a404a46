package org.touchbase.cli.format;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.json.ParallelJsonArray;
import org.touchbase.core.text.Position;

/**
 * {@code {"version":1,"findings":[…],"summary":{…}}} with 1-based lines and columns. The findings are
 * written on every core and streamed a block at a time (see {@link ParallelJsonArray}).
 */
final class JsonFormatter implements Formatter {

    private static final String INDENT = "  ";

    @Override
    public void write(CheckReport report, PrintWriter out) {
        try {
            JsonWriter json = new JsonWriter(new BulkWriter(out));
            json.setIndent(INDENT);
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("version").value(1);
            json.name("findings").beginArray();
            ParallelJsonArray.write(json, report.findings(), 2, (finding, object) -> finding(finding, report, object));
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

    private static void finding(Finding finding, CheckReport report, JsonWriter json) throws IOException {
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
        json.name("message").value(report.message(finding));
        json.endObject();
    }
}
