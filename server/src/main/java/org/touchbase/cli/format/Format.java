package org.touchbase.cli.format;

/** The output formats of {@code touchbase check}. */
public enum Format {
    text(new TextFormatter()), json(new JsonFormatter()), sarif(new SarifFormatter()), github(new GithubFormatter());

    private final Formatter formatter;

    Format(Formatter formatter) {
        this.formatter = formatter;
    }

    public Formatter formatter() {
        return formatter;
    }
}
