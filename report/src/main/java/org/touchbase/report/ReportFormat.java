package org.touchbase.report;

import java.util.Locale;

/** The formats of status documents. */
public enum ReportFormat {
    /** One self-contained HTML file per document. */
    HTML("html"),
    /** GitHub-flavoured Markdown with Mermaid charts. */
    MARKDOWN("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** {@code html}, {@code md} or {@code markdown}; null for anything else. */
    public static ReportFormat fromName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "html" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            default -> null;
        };
    }
}
