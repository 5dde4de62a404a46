package org.touchbase.core.model;

import java.util.List;
import java.util.regex.Pattern;
import org.touchbase.core.text.Span;

/**
 * {@code // touchbase-disable-next-line RULE-ID [, RULE-ID] [-- reason]}: silences those rules'
 * findings that start on the line after the comment.
 */
public record Suppression(Span span, int targetLine, List<Name> rules, String reason) {

    /** The word that makes a line comment a suppression. */
    public static final String MARK = "touchbase-disable-next-line";

    /** A suppression comment; group 1 is what follows the mark: the rule ids, then {@code -- reason}. */
    public static final Pattern COMMENT = Pattern.compile("^//\\s*" + MARK + "\\b([^\\n]*)$");
}
