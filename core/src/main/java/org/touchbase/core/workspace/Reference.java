package org.touchbase.core.workspace;

import org.touchbase.core.model.Element;
import org.touchbase.core.model.Name;
import org.touchbase.core.text.SourceFile;

/**
 * A use of a name: who a touch is with, what {@code re}, {@code confirms},
 * {@code reminds}, {@code owner}, {@code from} or {@code log} point at.
 * {@code target} is null when the name is not declared.
 */
public record Reference(SourceFile file, Name name, Kind kind, Project project, Element target) {

    /** The namespaces of names (steps and goals are declared, never referred to). */
    public enum Kind { PROJECT, PERSON, TOUCH, AGREEMENT, EXPECTATION, STEP, GOAL }

    public boolean resolved() {
        return target != null;
    }
}
