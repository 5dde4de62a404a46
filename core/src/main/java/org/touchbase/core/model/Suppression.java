package org.touchbase.core.model;

import java.util.List;
import org.touchbase.core.text.Span;

/**
 * {@code // touchbase-disable-next-line RULE-ID [, RULE-ID] [-- reason]}: silences those rules'
 * findings that start on the line after the comment.
 */
public record Suppression(Span span, int targetLine, List<Name> rules, String reason) {
}
