package org.touchbase.core.model;

import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * {@code expect ID from PERSON STRING due DATE {received DATE [partly STRING]}}:
 * an obligation of the client. The earliest-dated {@code received} without
 * {@code partly} closes it; a {@code partly} one records what came so far.
 */
public record Expectation(SourceFile file, Span span, Name id, Name from, Text title, Day due,
        List<Receipt> receipts) implements Element {

    /** {@code received DATE [partly STRING]}; {@code partly} is null for a full delivery. */
    public record Receipt(Span span, Day date, Text partly) {

        public boolean isPartial() {
            return partly != null;
        }
    }

    /** The receipt that closes the expectation: the earliest-dated one without {@code partly}; null while open. */
    public Receipt closing() {
        Receipt closing = null;
        for (Receipt receipt : receipts) {
            if (receipt.isPartial()) {
                continue;
            }
            if (closing == null || earlier(receipt.date(), closing.date())) {
                closing = receipt;
            }
        }
        return closing;
    }

    /** The deliveries of a part, in the order written. */
    public List<Receipt> parts() {
        List<Receipt> parts = new ArrayList<>();
        for (Receipt receipt : receipts) {
            if (receipt.isPartial()) {
                parts.add(receipt);
            }
        }
        return parts;
    }

    public boolean isReceived() {
        return closing() != null;
    }

    /** The date of the closing receipt, as written; null while open. */
    public Day received() {
        Receipt closing = closing();
        return closing == null ? null : closing.date();
    }

    private static boolean earlier(Day a, Day b) {
        if (a == null || !a.valid()) {
            return false;
        }
        return b == null || !b.valid() || a.date().isBefore(b.date());
    }

    @Override
    public Span focus() {
        return span;
    }
}
