package org.touchbase.core.rules;

import org.touchbase.core.model.Element;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * What a rule found: where, how serious, and what to say. {@code subject} is
 * the element the finding is about (a touch, a person, an expectation …), or
 * null for syntax errors.
 */
public record Finding(String rule, Severity severity, SourceFile file, Span span, Message message,
        Element subject) {

    public Finding withSeverity(Severity newSeverity) {
        return newSeverity == severity ? this : new Finding(rule, newSeverity, file, span, message, subject);
    }
}
