package org.touchbase.cli.format;

import java.io.PrintWriter;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.text.Position;

/** {@code path:line:col: severity: message [rule]}, then a one-line summary. */
final class TextFormatter implements Formatter {

    @Override
    public void write(CheckReport report, PrintWriter out) {
        for (Finding finding : report.findings()) {
            Position start = CheckReport.start(finding);
            out.println(finding.file().id() + ":" + start.line() + ":" + start.column() + ": "
                    + report.messages().get("severity." + finding.severity().id()) + ": " + report.message(finding)
                    + " [" + finding.rule() + "]");
        }
        if (!report.quiet()) {
            out.println(report.summary());
        }
    }
}
