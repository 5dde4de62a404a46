package org.touchbase.importer;

import java.io.IOException;

/**
 * Where messages come from: a file, a mailbox, a Maildir folder (and later
 * an IMAP folder). A source hands over each message as its raw RFC 5322
 * bytes; reading them is the {@link MailReader}'s job.
 */
public interface MessageSource {

    /** How the source is named in the summary and in problems, e.g. the file's path. */
    String name();

    /** Hands every message to the visitor, numbered from 1 in the source's order. */
    void messages(Visitor visitor) throws IOException;

    /** Receives one message of a source. */
    interface Visitor {
        void message(int number, byte[] raw);
    }
}
