package org.touchbase.cli.format;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.text.Position;

/** What a check found, ready to be written: the findings to show, counts over all of them, and the language. */
public record CheckReport(List<Finding> findings, List<Finding> all, int files, Messages messages, boolean quiet) {

    private static final int PARALLEL_FROM = 1000;

    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (Finding finding : all) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        return counts;
    }

    public String message(Finding finding) {
        return messages.format(finding.message());
    }

    /**
     * The messages of {@link #findings()}, in their order; formatted in parallel when there are many, as
     * a large workspace has tens of thousands.
     */
    public List<String> texts() {
        String[] texts = new String[findings.size()];
        IntStream indexes = IntStream.range(0, texts.length);
        (texts.length > PARALLEL_FROM ? indexes.parallel() : indexes)
                .forEach(i -> texts[i] = message(findings.get(i)));
        return Arrays.asList(texts);
    }

    /** 1-based line and column of a finding's start. */
    public static Position start(Finding finding) {
        Position position = finding.file().position(finding.span().start());
        return new Position(position.line() + 1, position.column() + 1);
    }

    /** 1-based line and column just past a finding's end (at least one column after its start). */
    public static Position end(Finding finding) {
        Position position = finding.file().position(finding.span().end());
        Position end = new Position(position.line() + 1, position.column() + 1);
        Position start = start(finding);
        return end.compareTo(start) <= 0 ? new Position(start.line(), start.column() + 1) : end;
    }

    public String summary() {
        Map<Severity, Integer> counts = counts();
        return messages.get("cli.summary", counts.get(Severity.ERROR), counts.get(Severity.WARNING),
                counts.get(Severity.INFO), counts.get(Severity.HINT), files);
    }
}
