package org.touchbase.report;

/**
 * One generated document: its file name (relative to the output folder) and
 * its text; {@code project} is the project id, or null for the portfolio page.
 */
public record ReportFile(String name, String project, String content) {
}
