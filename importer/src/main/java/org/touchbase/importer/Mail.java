package org.touchbase.importer;

import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the importer needs of one message: who wrote to whom, when, about
 * what, and which messages it answers. Addresses are lower case;
 * {@code references} are the message ids of In-Reply-To first, then of
 * References from the newest back. {@code firstLine} is null unless asked for.
 */
record Mail(String messageId, ZonedDateTime date, String from, List<String> to, List<String> cc, String subject,
        List<String> references, String firstLine) {

    /** To, then Cc, without repeats. */
    List<String> recipients() {
        LinkedHashSet<String> all = new LinkedHashSet<>(to);
        all.addAll(cc);
        return List.copyOf(all);
    }
}
