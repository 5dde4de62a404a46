package org.touchbase.core.config;

import org.touchbase.core.diagnostics.Message;

/**
 * A configuration that cannot be used, with a message for people and, when
 * the reader knows it, the 1-based line and column in the file (0 when not).
 */
public final class ConfigException extends Exception {

    private final transient Message problem;
    private final int line;
    private final int column;

    public ConfigException(Message problem) {
        this(problem, 0, 0);
    }

    public ConfigException(Message problem, int line, int column) {
        super(problem.key());
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public Message problem() {
        return problem;
    }

    /** The 1-based line of the problem in the file; 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem in the file; 0 when unknown. */
    public int column() {
        return column;
    }
}
