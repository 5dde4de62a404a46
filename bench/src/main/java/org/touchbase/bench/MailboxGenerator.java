package org.touchbase.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a workspace of projects whose people have email addresses, and an
 * mbox of client correspondence for {@code touchbase import}: letters from
 * clients, our replies linked by In-Reply-To, letters to several people,
 * multipart messages with attachments, Cyrillic subjects as encoded words,
 * {@code >From } lines, and some unknown senders. Seeded: the same
 * arguments write the same files.
 *
 * <p>{@code MailboxGenerator DIR MESSAGES [SEED]} writes {@code DIR/workspace}
 * and {@code DIR/mail.mbox}.
 */
public final class MailboxGenerator {

    private static final int PROJECTS = 20;
    private static final int PEOPLE = 8;
    private static final String[] SUBJECTS = {"Launch date", "Invoice for October", "Staging is down",
        "Тексты для главной страницы", "Счёт за ноябрь", "Design review notes", "Вопрос по договору",
        "Access to the admin panel"};
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);
    private static final DateTimeFormatter ENVELOPE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy",
            Locale.ENGLISH);

    private MailboxGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int messages = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        write(dir, messages, seed);
    }

    public static void write(Path dir, int messages, long seed) throws IOException {
        Random random = new Random(seed);
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace);
        for (int p = 0; p < PROJECTS; p++) {
            StringBuilder project = new StringBuilder("project p" + p + " \"Project " + p + "\" {\n")
                    .append("  starts 2026-01-01\n");
            for (int i = 0; i < PEOPLE; i++) {
                project.append("  person c").append(i).append(" \"Client ").append(i).append("\" { email \"")
                        .append(address(p, i)).append("\" }\n");
            }
            Files.writeString(workspace.resolve("p" + p + ".client"), project.append("}\n"), StandardCharsets.UTF_8);
        }
        Files.writeString(workspace.resolve("touchbase.json"),
                "{ \"today\": \"2026-12-31\", \"ourAddresses\": [\"@agency.example\"] }\n", StandardCharsets.UTF_8);

        ZonedDateTime at = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(3));
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("mail.mbox"), StandardCharsets.UTF_8)) {
            for (int n = 0; n < messages; n++) {
                at = at.plusMinutes(10 + random.nextInt(40));
                int project = random.nextInt(PROJECTS);
                int person = random.nextInt(PEOPLE);
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)] + " #" + (n / 2);
                String id = "m" + n + "@bench.example";
                int kind = n % 10;
                StringBuilder message = new StringBuilder();
                out.write("From bench@example " + ENVELOPE.format(at) + "\n");
                if (kind == 9) {
                    message.append("From: Stranger <stranger").append(random.nextInt(50)).append("@example.org>\n")
                            .append("To: olga@agency.example\n");
                } else if (n % 2 == 0) {
                    message.append("From: Client <").append(address(project, person)).append(">\n")
                            .append("To: Olga <olga@agency.example>\n");
                } else {
                    message.append("From: Olga <olga@agency.example>\n").append("To: ")
                            .append(address(project, person)).append("\n")
                            .append("Cc: ").append(address(project, (person + 1) % PEOPLE)).append("\n")
                            .append("In-Reply-To: <m").append(n - 1).append("@bench.example>\n")
                            .append("References: <m").append(n - 1).append("@bench.example>\n");
                }
                message.append("Subject: ").append(encoded(n % 4 == 0 ? "Re: " + subject : subject)).append('\n')
                        .append("Date: ").append(RFC_5322.format(at)).append('\n')
                        .append("Message-ID: <").append(id).append(">\n")
                        .append("MIME-Version: 1.0\n");
                if (kind == 3) {
                    message.append("Content-Type: multipart/mixed; boundary=\"b").append(n).append("\"\n\n")
                            .append("--b").append(n).append("\nContent-Type: text/plain; charset=utf-8\n\n")
                            .append("Please see the attachment.\n\n--b").append(n)
                            .append("\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"a.pdf\"\n")
                            .append("Content-Transfer-Encoding: base64\n\n")
                            .append(Base64.getMimeEncoder().encodeToString(new byte[3000])).append("\n--b")
                            .append(n).append("--\n\n");
                } else {
                    message.append("Content-Type: text/plain; charset=utf-8\n\n")
                            .append("Hello,\n\n>From the last letter: we agreed on the date.\n")
                            .append("The text of the message goes on for a few lines.\n".repeat(1 + random.nextInt(20)))
                            .append('\n');
                }
                out.write(message.toString());
            }
        }
    }

    private static String address(int project, int person) {
        return "client" + person + "@project" + project + ".example";
    }

    /** Non-ASCII subjects as RFC 2047 encoded words, as mail programs send them. */
    private static String encoded(String subject) {
        if (subject.chars().allMatch(c -> c < 128)) {
            return subject;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
