package org.touchbase.core.syntax;

import static org.touchbase.grammar.ClientLexer.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.touchbase.core.rules.Message;
import org.touchbase.grammar.ClientLexer;

/** Says in words what a syntax error expected and what it found. */
final class TokenDescriptions {

    private static final int FOUND_TEXT_LIMIT = 40;

    private static final IntervalSet KEYWORDS = IntervalSet.of(PROJECT, NEXT);

    static {
        // version 2: replies, obligations, agreements
        KEYWORDS.add(NOREPLY, REPLACES);
    }

    private static final List<Group> GROUPS = List.of(
            new Group("token.group.projectItem", CLIENT, MANAGER, STATUS, STARTS, LAUNCH, RESPOND, CADENCE, GOAL,
                    PERSON, SOURCE, PLAN, SCENARIO, TOUCH, EXPECT, MEMBER, REMIND, CONFIRM),
            new Group("token.group.touchItem", PURPOSE, BENEFIT, AGREED, CONFIRMS, RE, ACK, ETA, REMINDS, NOTE,
                    SUMMARY, NOREPLY, MISSED),
            new Group("token.group.personItem", ROLE, DECIDES, BACKUP, CONTACT, GOAL, MOTIVATION, SPEAKS, PREFERS,
                    EMAIL, PHONE, NOTE, LEFT, AWAY),
            new Group("token.group.summaryItem", DECISION, ACTION, QUESTION, NEXT),
            new Group("token.group.touchKind", LETTER, REPLY, MESSAGE, PING, REMINDER, QUESTION, CALL, MEETING,
                    PRESENTATION, OTHER),
            new Group("token.group.status", ACTIVE, PAUSED, DONE, LOST));

    private record Group(String key, int... types) {
        boolean within(Set<Integer> set) {
            for (int type : types) {
                if (!set.contains(type)) {
                    return false;
                }
            }
            return true;
        }
    }

    private TokenDescriptions() {
    }

    /** "a date", "a name or `}`", "a project item or `}`" … */
    static Message expected(IntervalSet expected) {
        Set<Integer> types = new TreeSet<>(expected.toList());
        List<Object> parts = new ArrayList<>();
        if (types.contains(IDENT)) {
            types.removeIf(KEYWORDS::contains);
            types.remove(IDENT);
            parts.add(Message.of("token.name"));
        }
        for (Group group : GROUPS) {
            if (group.within(types)) {
                for (int type : group.types()) {
                    types.remove(type);
                }
                parts.add(Message.of(group.key()));
            }
        }
        types.remove(TRIPLE_STRING);
        for (int type : types) {
            parts.add(expectedToken(type));
        }
        return join(parts);
    }

    private static Message join(List<Object> parts) {
        if (parts.isEmpty()) {
            return Message.of("token.something");
        }
        Object result = parts.get(parts.size() - 1);
        if (parts.size() == 1) {
            return result instanceof Message m ? m : Message.of("token.literal", result);
        }
        Object head = parts.get(0);
        for (int i = 1; i < parts.size() - 1; i++) {
            head = Message.of("token.list", head, parts.get(i));
        }
        return Message.of("token.or", head, result);
    }

    private static Object expectedToken(int type) {
        return switch (type) {
            case Token.EOF -> Message.of("token.eof");
            case DATE -> Message.of("token.date");
            case TIME -> Message.of("token.time");
            case DURATION -> Message.of("token.duration");
            case STRING, TRIPLE_STRING -> Message.of("token.string");
            case IDENT -> Message.of("token.name");
            default -> Message.of("token.keyword", literal(type));
        };
    }

    /** The token as found: "`touch`", "the end of the file", "the string "…"". */
    static Message found(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> Message.of("token.eof");
            case STRING, TRIPLE_STRING -> Message.of("token.foundString", shorten(token.getText()));
            default -> Message.of("token.keyword", shorten(token.getText()));
        };
    }

    static String literal(int type) {
        String literal = ClientLexer.VOCABULARY.getLiteralName(type);
        if (literal != null) {
            return literal.substring(1, literal.length() - 1);
        }
        return ClientLexer.VOCABULARY.getSymbolicName(type);
    }

    static String shorten(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= FOUND_TEXT_LIMIT ? oneLine : oneLine.substring(0, FOUND_TEXT_LIMIT - 1) + "…";
    }
}
