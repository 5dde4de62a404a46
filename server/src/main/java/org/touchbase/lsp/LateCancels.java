package org.touchbase.lsp;

import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;

/**
 * lsp4j warns on standard error, which editors show as the server's output,
 * of every {@code $/cancelRequest} that arrives after its request was
 * answered ("Unmatched cancel notification for request id 42"). That is the
 * normal race of a client cancelling what it no longer needs, not something
 * for the user to read: those warnings are dropped, and every other message
 * of lsp4j's is kept.
 */
final class LateCancels {

    /** Held, so that the filtered logger is not collected and made again without the filter. */
    private static final Logger ENDPOINT_LOG = Logger.getLogger(RemoteEndpoint.class.getName());

    private LateCancels() {
    }

    static void quieten() {
        ENDPOINT_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unmatched cancel notification"));
    }

    static Logger endpointLog() {
        return ENDPOINT_LOG;
    }
}
