package org.touchbase.cli;

import org.touchbase.core.diagnostics.Message;

/** A problem that ends a command with exit code 2 and one line on standard error. */
final class CliException extends Exception {

    private final transient Message problem;

    CliException(Message problem) {
        super(problem.key());
        this.problem = problem;
    }

    Message problem() {
        return problem;
    }
}
