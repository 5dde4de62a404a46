package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The output channel shows no "Unmatched cancel notification" warnings, and lsp4j's other messages still. */
class LateCancelsTest {

    @Test
    void aCancelAfterTheAnswerIsNotWarnedOfAndOtherWarningsAre() {
        Logger log = LateCancels.endpointLog();
        Level level = log.getLevel();
        boolean parents = log.getUseParentHandlers();
        List<String> seen = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (log.getFilter() == null || log.getFilter().isLoggable(record)) {
                    seen.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try {
            LateCancels.quieten();
            log.setLevel(Level.ALL);
            log.setUseParentHandlers(false);
            log.addHandler(handler);
            log.warning("Unmatched cancel notification for request id 42");
            log.warning("Unmatched response message: {}");
            assertEquals(List.of("Unmatched response message: {}"), seen);
        } finally {
            log.removeHandler(handler);
            log.setLevel(level);
            log.setUseParentHandlers(parents);
        }
    }
}
