package org.touchbase.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.util.ByteSequence;
import org.touchbase.core.diagnostics.Message;

/**
 * Reads one message with mime4j: the headers always, the body only for the
 * first line of its text when notes are asked for (then the first
 * {@code text/plain} part that is not an attachment, else the first
 * {@code text/html} one, its tags dropped). Header text may be RFC 2047
 * encoded words in any charset Java knows, or raw 8-bit text: UTF-8 when
 * it is valid UTF-8, else in the charset of the message's Content-Type.
 */
final class MailReader {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?[bBqQ]\\?[^?\\s]*\\?=");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");
    private static final int NOTE_LIMIT = 200;

    private final boolean withNotes;

    MailReader(boolean withNotes) {
        this.withNotes = withNotes;
    }

    Mail read(byte[] raw) throws Unreadable {
        Handler handler = new Handler();
        MimeConfig config = new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1)
                .setMaxContentLen(-1).build();
        MimeStreamParser parser = new MimeStreamParser(config);
        parser.setContentDecoding(true);
        parser.setContentHandler(handler);
        try {
            // Without notes only the header is read: the body is never looked at.
            parser.parse(new ByteArrayInputStream(raw, 0, withNotes ? raw.length : headerLength(raw)));
        } catch (MimeException | IOException | RuntimeException e) {
            if (handler.fields.isEmpty()) {
                throw new Unreadable(Message.of("import.badMime", String.valueOf(e.getMessage())));
            }
        }
        if (handler.fields.isEmpty()) {
            throw new Unreadable(Message.of("import.noHeaders"));
        }
        Charset fallback = handler.charset != null ? handler.charset : StandardCharsets.ISO_8859_1;

        String from = null;
        List<String> to = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        String subject = null;
        String messageId = null;
        ZonedDateTime date = null;
        List<String> inReplyTo = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (Field field : handler.fields) {
            String name = field.getNameLowerCase();
            switch (name) {
                case "from" -> {
                    List<String> addresses = addresses(text(field, fallback));
                    if (from == null && !addresses.isEmpty()) {
                        from = addresses.get(0);
                    }
                }
                case "to" -> to.addAll(addresses(text(field, fallback)));
                case "cc" -> cc.addAll(addresses(text(field, fallback)));
                case "subject" -> {
                    if (subject == null) {
                        subject = decode(text(field, fallback));
                    }
                }
                case "message-id" -> {
                    if (messageId == null) {
                        List<String> ids = ids(field.getBody());
                        messageId = ids.isEmpty() ? blankToNull(field.getBody().trim()) : ids.get(0);
                    }
                }
                case "date" -> {
                    if (date == null) {
                        date = date(field);
                    }
                }
                case "in-reply-to" -> inReplyTo.addAll(ids(field.getBody()));
                case "references" -> references.addAll(ids(field.getBody()));
                default -> {
                }
            }
        }
        if (from == null) {
            throw new Unreadable(Message.of("import.noFrom"));
        }
        if (date == null) {
            throw new Unreadable(Message.of("import.noDate"));
        }
        LinkedHashSet<String> thread = new LinkedHashSet<>(inReplyTo);
        for (int i = references.size() - 1; i >= 0; i--) {
            thread.add(references.get(i));
        }
        return new Mail(messageId, date, from, List.copyOf(to), List.copyOf(cc),
                subject == null ? "" : subject, List.copyOf(thread), handler.note());
    }

    /** The length of the header section: up to and including the first empty line, or everything. */
    static int headerLength(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n' && i > 0) {
                if (raw[i - 1] == '\n') {
                    return i + 1;
                }
                if (raw[i - 1] == '\r' && i > 1 && raw[i - 2] == '\n') {
                    return i + 1;
                }
            }
        }
        return raw.length;
    }

    /** A header's text: its raw bytes as UTF-8 when valid, else in the message's charset; unfolded. */
    private static String text(Field field, Charset fallback) {
        String body;
        ByteSequence raw = field.getRaw();
        if (raw != null) {
            byte[] bytes = raw.toByteArray();
            String whole;
            try {
                whole = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                whole = new String(bytes, fallback);
            }
            int colon = whole.indexOf(':');
            body = colon >= 0 ? whole.substring(colon + 1) : whole;
        } else {
            body = field.getBody();
        }
        return LINE_BREAK.matcher(FOLD.matcher(body).replaceAll(" ")).replaceAll("").trim();
    }

    /** RFC 2047 encoded words decoded; an unknown charset is a problem, not a garbled subject. */
    private static String decode(String text) throws Unreadable {
        Matcher words = ENCODED_WORD.matcher(text);
        while (words.find()) {
            String charset = words.group(1);
            int language = charset.indexOf('*');
            if (language >= 0) {
                charset = charset.substring(0, language);
            }
            boolean known;
            try {
                known = Charset.isSupported(charset);
            } catch (IllegalArgumentException e) {
                known = false;
            }
            if (!known) {
                throw new Unreadable(Message.of("import.unknownCharset", charset));
            }
        }
        return DecoderUtil.decodeEncodedWords(text, DecodeMonitor.SILENT).strip();
    }

    private static List<String> addresses(String text) throws Unreadable {
        List<String> result = new ArrayList<>();
        if (text.isBlank()) {
            return result;
        }
        AddressList list;
        try {
            list = LenientAddressParser.DEFAULT.parseAddressList(text);
        } catch (RuntimeException e) {
            return result;
        }
        for (Address address : list) {
            if (address instanceof Mailbox mailbox) {
                add(result, mailbox);
            } else if (address instanceof Group group) {
                for (Mailbox mailbox : group.getMailboxes()) {
                    add(result, mailbox);
                }
            }
        }
        return result;
    }

    private static void add(List<String> result, Mailbox mailbox) {
        String address = mailbox.getAddress();
        if (address != null && address.contains("@")) {
            result.add(address.toLowerCase(Locale.ROOT));
        }
    }

    private static ZonedDateTime date(Field field) throws Unreadable {
        DateTimeField parsed = DateTimeFieldLenientImpl.PARSER.parse(field, DecodeMonitor.SILENT);
        Date date = parsed.getDate();
        if (date == null) {
            throw new Unreadable(Message.of("import.badDate", field.getBody().trim()));
        }
        return date.toInstant().atZone(ZoneId.of("UTC"));
    }

    private static List<String> ids(String text) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** Collects the top-level header fields and, when asked, the first line of the text. */
    private final class Handler extends AbstractContentHandler {
        final List<Field> fields = new ArrayList<>();
        Charset charset;
        private int depth;
        private boolean attachment;
        private String plain;
        private String html;

        @Override
        public void startHeader() {
            attachment = false;
        }

        @Override
        public void field(Field field) {
            if (depth == 0) {
                fields.add(field);
                if (field.getNameLowerCase().equals("content-type")) {
                    charset = charsetOf(field.getBody());
                }
            }
            if (field.getNameLowerCase().equals("content-disposition")
                    && field.getBody().trim().toLowerCase(Locale.ROOT).startsWith("attachment")) {
                attachment = true;
            }
        }

        @Override
        public void endHeader() {
            depth++;
        }

        @Override
        public void body(BodyDescriptor descriptor, InputStream in) throws IOException {
            if (attachment || plain != null) {
                return;
            }
            String type = descriptor.getMimeType() == null ? "text/plain" : descriptor.getMimeType().toLowerCase(Locale.ROOT);
            if (!type.equals("text/plain") && !(type.equals("text/html") && html == null)) {
                return;
            }
            Charset bodyCharset = charsetOf("; charset=" + descriptor.getCharset());
            String text = new String(in.readNBytes(64 * 1024), bodyCharset == null ? StandardCharsets.UTF_8 : bodyCharset);
            if (type.equals("text/html")) {
                html = firstLine(text.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ")
                        .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</h\\d>|</li>|</tr>", "\n").replaceAll("<[^>]*>", "")
                        .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&amp;", "&"));
            } else {
                plain = firstLine(text);
            }
        }

        String note() {
            if (!withNotes) {
                return null;
            }
            return plain != null && !plain.isEmpty() ? plain : html;
        }
    }

    private static Charset charsetOf(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first line with text that is not a quotation, at most 200 characters. */
    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String trimmed = line.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty() && !trimmed.startsWith(">")) {
                return trimmed.length() > NOTE_LIMIT ? trimmed.substring(0, NOTE_LIMIT - 1) + "…" : trimmed;
            }
        }
        return null;
    }
}
