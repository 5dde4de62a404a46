package org.touchbase.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An mbox file: messages separated by {@code From } lines. A message starts
 * at a {@code From } line at the start of the file or after an empty line
 * that looks like an envelope line ({@code From sender date}, with a year);
 * a {@code From } line inside a body that does not is kept as text. Lines
 * quoted as {@code >From } (mboxrd and mboxo) lose one {@code >}.
 */
record MboxFile(Path path, String name) implements MessageSource {

    @Override
    public void messages(Visitor visitor) throws IOException {
        split(Files.readAllBytes(path), visitor);
    }

    static void split(byte[] bytes, Visitor visitor) {
        ByteArrayOutputStream message = null;
        int number = 0;
        boolean previousBlank = true;
        int at = 0;
        while (at < bytes.length) {
            int end = at;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = end < bytes.length ? end + 1 : end;
            if (previousBlank && isEnvelope(bytes, at, end)) {
                if (message != null) {
                    visitor.message(++number, message.toByteArray());
                }
                message = new ByteArrayOutputStream(4096);
            } else if (message != null) {
                int from = at;
                if (isQuotedFrom(bytes, at, end)) {
                    from++;
                }
                message.write(bytes, from, next - from);
            }
            int lineEnd = end > at && bytes[end - 1] == '\r' ? end - 1 : end;
            previousBlank = lineEnd == at;
            at = next;
        }
        if (message != null) {
            visitor.message(++number, message.toByteArray());
        }
    }

    private static boolean isEnvelope(byte[] bytes, int start, int end) {
        if (end - start < 5 || bytes[start] != 'F' || bytes[start + 1] != 'r' || bytes[start + 2] != 'o'
                || bytes[start + 3] != 'm' || bytes[start + 4] != ' ') {
            return false;
        }
        String line = new String(bytes, start, Math.min(end - start, 200), StandardCharsets.ISO_8859_1);
        return line.matches("From \\S+ .*\\b\\d{4}\\b.*\\r?");
    }

    /** {@code >From }, {@code >>From } …: one level of quoting to take away. */
    private static boolean isQuotedFrom(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end && bytes[i] == '>') {
            i++;
        }
        return i > start && end - i >= 5 && bytes[i] == 'F' && bytes[i + 1] == 'r' && bytes[i + 2] == 'o'
                && bytes[i + 3] == 'm' && bytes[i + 4] == ' ';
    }
}
