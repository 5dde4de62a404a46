package org.touchbase.cli.format;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.text.Position;

/**
 * {@code {"version":1,"findings":[…],"summary":{…}}} with 1-based lines and columns, streamed a block of
 * findings at a time: a large workspace's output is never held whole in memory. The findings of a block
 * are written on every core, each by a JSON writer of its own, and indented to their place in the document.
 */
final class JsonFormatter implements Formatter {

    private static final String INDENT = "  ";
    /** Where a finding stands in the document: in the findings array, in the top object. */
    private static final String FINDING_DEPTH = INDENT + INDENT;
    private static final int BLOCK = 4096;
    private static final int PARALLEL_FROM = 1000;

    @Override
    public void write(CheckReport report, PrintWriter out) {
        try {
            JsonWriter json = new JsonWriter(new BulkWriter(out));
            json.setIndent(INDENT);
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("version").value(1);
            json.name("findings").beginArray();
            List<Finding> findings = report.findings();
            for (int from = 0; from < findings.size(); from += BLOCK) {
                int to = Math.min(findings.size(), from + BLOCK);
                IntStream indexes = IntStream.range(from, to);
                String[] written = (findings.size() > PARALLEL_FROM ? indexes.parallel() : indexes)
                        .mapToObj(i -> finding(findings.get(i), report)).toArray(String[]::new);
                for (String finding : written) {
                    json.jsonValue(finding);
                }
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

    /** One finding's object, as the document's writer would write it at its depth (strings hold no line breaks). */
    private static String finding(Finding finding, CheckReport report) {
        StringWriter text = new StringWriter(256);
        try {
            JsonWriter json = new JsonWriter(text);
            json.setIndent(INDENT);
            json.setHtmlSafe(false);
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
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().replace("\n", "\n" + FINDING_DEPTH);
    }
}
