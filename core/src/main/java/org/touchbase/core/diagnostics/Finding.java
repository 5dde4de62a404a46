package org.touchbase.core.diagnostics;

import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * What a rule found: where, how serious, and what to say. {@code subject} is
 * the model element the finding is about (a touch, a person, an expectation
 * …), or null for syntax errors; it is typed {@code Object} so that findings
 * stay below the model, which reports its own (syntax, invalid-use).
 */
public record Finding(String rule, Severity severity, SourceFile file, Span span, Message message,
        Object subject) {

    public Finding withSeverity(Severity newSeverity) {
        return newSeverity == severity ? this : new Finding(rule, newSeverity, file, span, message, subject);
    }
}
