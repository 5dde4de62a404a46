package org.touchbase.core.model;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/** Something declared in a {@code .client} file: it has a file and a place in it. */
public sealed interface Element permits Block, Person, Member, Goal, Source, Scenario, Step, Touch, Agreement,
        Summary, Summary.Action, Expectation {

    SourceFile file();

    /** The whole declaration. */
    Span span();

    /** The smallest text a finding about this element points at. */
    Span focus();
}
