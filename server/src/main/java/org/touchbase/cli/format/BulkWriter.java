package org.touchbase.cli.format;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects many small writes and passes them on in blocks. Gson's
 * {@code JsonWriter} writes a token at a time; through {@code PrintWriter}
 * and {@code BufferedWriter} every token takes two locks, which was most of
 * the time of writing a large workspace's JSON (findings, agenda). Not for use
 * by two threads.
 */
public final class BulkWriter extends Writer {

    private final Writer out;
    private final char[] buffer = new char[1 << 14];
    private int size;

    public BulkWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (size == buffer.length) {
            drain();
        }
        buffer[size++] = (char) c;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        while (length > 0) {
            if (size == buffer.length) {
                drain();
            }
            int n = Math.min(length, buffer.length - size);
            text.getChars(offset, offset + n, buffer, size);
            size += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        while (length > 0) {
            if (size == buffer.length) {
                drain();
            }
            int n = Math.min(length, buffer.length - size);
            System.arraycopy(chars, offset, buffer, size, n);
            size += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Passes on what is collected; does not close the writer underneath, which is not this one's. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void drain() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
