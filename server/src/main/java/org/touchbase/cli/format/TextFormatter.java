package org.touchbase.cli.format;

import java.io.PrintWriter;
import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.text.Position;

/** {@code path:line:col: severity: message [rule]}, then a one-line summary. */
final class TextFormatter implements Formatter {

    @Override
    public void write(CheckReport report, PrintWriter out) {
        List<String> texts = report.texts();
        for (int i = 0; i < texts.size(); i++) {
            Finding finding = report.findings().get(i);
            Position start = CheckReport.start(finding);
            out.println(finding.file().id() + ":" + start.line() + ":" + start.column() + ": "
                    + report.messages().get("severity." + finding.severity().id()) + ": " + texts.get(i)
                    + " [" + finding.rule() + "]");
        }
        if (!report.quiet()) {
            out.println(report.summary());
        }
    }
}
