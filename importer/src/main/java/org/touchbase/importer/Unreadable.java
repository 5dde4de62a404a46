package org.touchbase.importer;

import org.touchbase.core.diagnostics.Message;

/** A piece of input (a message, a calendar file) that cannot be imported, and why. */
final class Unreadable extends Exception {

    private final transient Message problem;

    Unreadable(Message problem) {
        super(problem.key());
        this.problem = problem;
    }

    Message problem() {
        return problem;
    }
}
