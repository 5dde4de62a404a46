package org.touchbase.core.config;

import org.touchbase.core.diagnostics.Message;

/** A configuration that cannot be used, with a message for people. */
public final class ConfigException extends Exception {

    private final transient Message problem;

    public ConfigException(Message problem) {
        super(problem.key());
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
