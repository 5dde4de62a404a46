package org.touchbase.cli.format;

import java.io.PrintWriter;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.text.Position;

/** GitHub Actions workflow commands: {@code ::error file=…,line=…::message}. */
final class GithubFormatter implements Formatter {

    @Override
    public void write(CheckReport report, PrintWriter out) {
        for (Finding finding : report.findings()) {
            Position start = CheckReport.start(finding);
            Position end = CheckReport.end(finding);
            String command = switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                default -> "notice";
            };
            String title = report.messages().get("rule." + finding.rule() + ".title") + " [" + finding.rule() + "]";
            out.println("::" + command + " file=" + property(finding.file().id()) + ",line=" + start.line()
                    + ",col=" + start.column() + ",endLine=" + end.line() + ",endColumn=" + end.column()
                    + ",title=" + property(title) + "::" + data(report.message(finding)));
        }
        if (!report.quiet()) {
            out.println(report.summary());
        }
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
