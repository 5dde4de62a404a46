package org.touchbase.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The id an imported touch carries, which is how an import knows what it
 * wrote before: {@code m-} and ten hex digits of the SHA-1 of the message's
 * Message-ID (without angle brackets) for a message; {@code ev-} and ten of
 * the event's UID for an event, with {@code -YYYYMMDD} of the occurrence's
 * day for an occurrence of a recurring event. A message without a
 * Message-ID is named by its date, sender and subject.
 */
public final class TouchIds {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TouchIds() {
    }

    public static String forMessage(String messageId) {
        return "m-" + hash(messageId);
    }

    public static String forEvent(String uid) {
        return "ev-" + hash(uid);
    }

    public static String forOccurrence(String uid, LocalDate day) {
        return forEvent(uid) + "-" + DAY.format(day);
    }

    static String forMail(Mail mail) {
        return forMessage(mail.messageId() != null ? mail.messageId()
                : mail.date().toInstant() + "|" + mail.from() + "|" + mail.subject());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(10);
            for (int i = 0; i < 5; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
