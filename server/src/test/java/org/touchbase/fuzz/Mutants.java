package org.touchbase.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.touchbase.grammar.ClientLexer;

/**
 * Grammar-aware mutants of {@code .client} texts: tokens and lines deleted,
 * duplicated, swapped or replaced; every line terminator, byte order marks,
 * lone and paired surrogates, control characters, suppression comments and
 * deep nesting inserted. Each mutant comes from a seed, so a failure is
 * replayed from its seed alone.
 */
public final class Mutants {

    /** Line terminators an editor or a file may hold, and look-alikes that are not. */
    static final List<String> TERMINATORS = List.of("\n", "\r", "\r\n", "\n\r", "\r\r\n", "\u2028", "\u2029", "\u0085",
            "\f", "\u000B");

    private static final List<String> ODD = List.of("\uFEFF", "\uD83D", "\uDE00", "\uD83D\uDE00", "\uDE00\uD83D",
            "\u0000", "\u00A0", "\t", "\u200B", "\uFFFD", "\uFFFF", "\u0301", "--", "-", "//", "/*", "*/", "\"",
            "\"\"\"", "\\", "@", "#", "'", "`");

    private static final List<String> PIECES = List.of("project", "log", "person", "touch", "goal", "plan", "step",
            "expect", "scenario", "source", "summary", "final", "interim", "decision", "action", "owner", "due",
            "decides", "backup", "contact", "agreed", "confirms", "re", "ack", "eta", "purpose", "benefit", "call",
            "letter", "meeting", "reply", "with", "to", "from", "{", "}", ",", "anna", "boris", "p", "portal",
            "\"text\"", "\"Вопрос?\"", "2026-11-20", "2026-13-45", "10:00", "25:61", "1d", "4h", "2w", "99x",
            "respond within", "cadence", "status", "active", "done", "received", "reminds", "next", "анна",
            "// touchbase-disable-next-line no-goals", "// touchbase-disable-next-line unknown-reference -- why");

    private static final List<String> RULES = List.of("no-goals", "no-plan", "aimless-touch", "unrecorded-agreement",
            "unanswered", "touch-gap", "no-plan-b", "syntax", "unknown-reference", "duplicate-id", "nonsense-rule");

    private static final List<String> NESTS = List.of("{", "project p {", "person x {", "touch 2026-11-01 call with anna {",
            "summary final {", "plan {", "\"", "/*");

    private Mutants() {
    }

    /** The sample files of the repository and a few texts written for the fuzzing, as seeds. */
    public static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        Path samples = samplesFolder();
        try (Stream<Path> walk = Files.walk(samples)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".client")).sorted().toList()) {
                seeds.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seeds.add("");
        seeds.add("project p {\n}\n");
        seeds.add("""
                project p "P" {
                  goal "Launch"
                  person anna "Anna" { decides backup goal "Growth" }
                  source "Annual report"
                  scenario "Plan B"
                  plan { step s "Start" due 2026-12-01 }
                  // touchbase-disable-next-line unrecorded-agreement, aimless-touch
                  touch 2026-11-18 call with anna { agreed scope "v1" }   touch 2026-11-19 call with anna
                  touch q 2026-11-10 09:00 letter from anna "Вопрос?"
                  touch 2026-11-11 reply to anna re q { ack eta 2026-11-12 }
                  expect logo from anna "Logo" due 2026-11-14
                }
                log p {
                  touch 2026-11-15 ping to anna "Staging" { purpose "x" benefit "y" }
                }
                """);
        return seeds;
    }

    /** The repository's samples folder, from the server module or the repository root. */
    public static Path samplesFolder() {
        Path here = Path.of("../samples");
        return Files.isDirectory(here) ? here : Path.of("samples");
    }

    /** A seed text: a sample or a written one, or (one time in three) a generated project. */
    public static String seed(List<String> seeds, Random random) {
        return random.nextInt(3) == 0 ? generated(random) : seeds.get(random.nextInt(seeds.size()));
    }

    private static final List<String> PEOPLE = List.of("anna", "boris", "marina", "oleg", "пётр", "ivan_2", "x-y");
    private static final List<String> KINDS = List.of("letter from", "letter to", "call with", "meeting with",
            "message from", "ping to", "presentation with", "question from", "reminder to", "question to",
            "reply to", "reply from", "call from");
    private static final List<String> DURATIONS = List.of("1d", "1wd", "2wd", "4h", "2w", "0wd");
    private static final List<String> PARTS = List.of(" decides", " backup", " contact", "", " decides backup",
            " decides since 2026-10-01", " contact until 2026-11-01", " backup since 2026-09-01 until 2026-12-31",
            " decides until 2026-10-11 contact since 2026-10-12");

    /**
     * A project written from random parts, version 1 and 2: people over time
     * and members, a pause and a moved launch, a plan, touches that reply,
     * agree, confirm, replace, need no reply, are missed, remind and carry
     * summaries with actions, expectations received in parts, a log.
     */
    static String generated(Random random) {
        StringBuilder out = new StringBuilder();
        String id = "g" + random.nextInt(5);
        out.append("project ").append(id).append(" \"Generated ").append(random.nextInt(100)).append("\" {\n");
        if (random.nextBoolean()) {
            out.append("  status ").append(List.of("active", "paused", "done", "lost", "paused until 2026-11-1"
                    + random.nextInt(10)).get(random.nextInt(5))).append('\n');
        }
        out.append("  starts 2026-0").append(1 + random.nextInt(9)).append("-01\n");
        if (random.nextBoolean()) {
            out.append("  launch 2026-12-1").append(random.nextInt(10))
                    .append(random.nextBoolean() ? " was 2026-12-0" + (1 + random.nextInt(9)) + ", 2026-11-30" : "")
                    .append('\n');
        }
        if (random.nextBoolean()) {
            out.append("  respond within ").append(DURATIONS.get(random.nextInt(DURATIONS.size()))).append('\n');
        }
        if (random.nextBoolean()) {
            out.append("  remind every ").append(DURATIONS.get(random.nextInt(DURATIONS.size()))).append('\n');
        }
        if (random.nextBoolean()) {
            out.append("  confirm within ").append(DURATIONS.get(random.nextInt(DURATIONS.size()))).append('\n');
        }
        boolean member = random.nextBoolean();
        if (member) {
            out.append("  member m0 \"Member\"").append(random.nextBoolean()
                    ? " { role \"Account manager\"  email \"m0@agency.example\" }" : "").append('\n');
        }
        int people = 1 + random.nextInt(PEOPLE.size());
        for (int i = 0; i < people; i++) {
            out.append("  person ").append(PEOPLE.get(i)).append(" \"Person ").append(i).append("\" {");
            out.append(PARTS.get(random.nextInt(PARTS.size())));
            if (random.nextBoolean()) {
                out.append(" goal \"Goal ").append(i).append('"');
            }
            switch (random.nextInt(6)) {
                case 0 -> out.append(" left 2026-11-0").append(1 + random.nextInt(9)).append(" \"Left\"");
                case 1 -> out.append(" away 2026-10-1").append(random.nextInt(10)).append(" until 2026-10-2")
                        .append(random.nextInt(10)).append(" \"Leave\"");
                case 2 -> out.append(" motivation \"m\" prefers message \"Telegram\"");
                default -> {
                }
            }
            out.append(" }\n");
        }
        if (random.nextBoolean()) {
            out.append("  plan {\n");
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                out.append("    step s").append(i).append(" \"Step\" due 2026-1").append(random.nextInt(3))
                        .append("-1").append(random.nextInt(10)).append(random.nextBoolean() ? " done" : "")
                        .append('\n');
            }
            out.append("  }\n");
        }
        int touches = random.nextInt(12);
        for (int i = 0; i < touches; i++) {
            String person = PEOPLE.get(random.nextInt(people + 1 < PEOPLE.size() ? people + 1 : people));
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            out.append("  touch t").append(i).append(" 2026-1").append(random.nextInt(2)).append("-")
                    .append(10 + random.nextInt(19)).append(random.nextBoolean() ? " 1" + random.nextInt(10) + ":00" : "")
                    .append(' ').append(kind).append(' ').append(person).append(" \"Touch ").append(i).append('"');
            if (random.nextBoolean()) {
                out.append(" {");
                if (random.nextBoolean()) {
                    out.append(" purpose \"p\" benefit \"b\"");
                }
                if (i > 0 && random.nextBoolean()) {
                    out.append(" re t").append(random.nextInt(i));
                }
                if (random.nextBoolean()) {
                    out.append(" agreed a").append(i).append(" \"Deal\"");
                    if (i > 0 && random.nextInt(3) == 0) {
                        out.append(" replaces a").append(random.nextInt(i));
                    }
                }
                if (i > 0 && random.nextBoolean()) {
                    out.append(" confirms a").append(random.nextInt(i));
                }
                if (random.nextBoolean()) {
                    out.append(" ack eta 2026-11-").append(10 + random.nextInt(19));
                }
                switch (random.nextInt(8)) {
                    case 0 -> out.append(" noreply \"FYI\"");
                    case 1 -> out.append(" missed");
                    case 2 -> out.append(" reminds ").append(random.nextBoolean() ? "e" : "x" + random.nextInt(3));
                    case 3 -> summary(out, random, i, person, member);
                    default -> {
                    }
                }
                out.append(" }");
            }
            out.append('\n');
        }
        if (random.nextBoolean()) {
            out.append("  expect e from ").append(PEOPLE.get(0)).append(" \"Thing\" due 2026-11-1")
                    .append(random.nextInt(10));
            if (random.nextBoolean()) {
                out.append(" received 2026-11-1").append(random.nextInt(10)).append(" partly \"Half\"");
            }
            if (random.nextBoolean()) {
                out.append(" received 2026-11-2").append(random.nextInt(10));
            }
            out.append('\n');
        }
        out.append("}\n");
        if (random.nextBoolean()) {
            out.append("log ").append(id).append(" {\n  touch 2026-11-15 ping to ").append(PEOPLE.get(0))
                    .append(" \"Later\" { purpose \"x\" benefit \"y\" }\n");
            if (random.nextBoolean()) {
                out.append("  person ").append(PEOPLE.get(0)).append(" { left 2026-11-20 }\n");
            }
            out.append("}\n");
        }
        return out.toString();
    }

    /** A summary: a decision, an action of the client's or ours (maybe done), a question; or nothing written. */
    private static void summary(StringBuilder out, Random random, int touch, String person, boolean member) {
        out.append(" summary ").append(random.nextBoolean() ? "final" : "interim").append(" {");
        if (random.nextInt(4) == 0) {
            out.append(" decision \"\" }");
            return;
        }
        out.append(" decision \"Decided\"");
        out.append(" action x").append(touch % 3).append(" \"Do it\" owner ")
                .append(member && random.nextBoolean() ? "m0" : person).append(" due 2026-11-1").append(random.nextInt(10));
        if (random.nextBoolean()) {
            out.append(" done").append(random.nextBoolean() ? " 2026-11-2" + random.nextInt(10) : "");
        }
        if (random.nextBoolean()) {
            out.append(" question \"What next?\"");
        }
        out.append(" }");
    }

    /** A mutant of {@code text} after {@code steps} random mutations. */
    public static String mutate(String text, Random random, int steps) {
        String current = text;
        for (int i = 0; i < steps; i++) {
            current = mutateOnce(current, random);
        }
        return current;
    }

    static String mutateOnce(String text, Random random) {
        List<int[]> tokens = tokens(text);
        List<int[]> lines = lines(text);
        int choice = random.nextInt(16);
        switch (choice) {
            case 0, 1 -> {
                if (!tokens.isEmpty()) {
                    int[] token = tokens.get(random.nextInt(tokens.size()));
                    return text.substring(0, token[0]) + text.substring(token[1]);
                }
            }
            case 2 -> {
                if (!tokens.isEmpty()) {
                    int[] token = tokens.get(random.nextInt(tokens.size()));
                    String copy = text.substring(token[0], token[1]);
                    return text.substring(0, token[1]) + " " + copy + text.substring(token[1]);
                }
            }
            case 3 -> {
                if (tokens.size() >= 2) {
                    int index = random.nextInt(tokens.size() - 1);
                    int[] a = tokens.get(index);
                    int[] b = tokens.get(index + 1);
                    return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                            + text.substring(a[0], a[1]) + text.substring(b[1]);
                }
            }
            case 4 -> {
                if (!lines.isEmpty()) {
                    int[] line = lines.get(random.nextInt(lines.size()));
                    return text.substring(0, line[0]) + text.substring(line[1]);
                }
            }
            case 5 -> {
                if (!lines.isEmpty()) {
                    int[] line = lines.get(random.nextInt(lines.size()));
                    return text.substring(0, line[1]) + text.substring(line[0], line[1]) + text.substring(line[1]);
                }
            }
            case 6 -> {
                if (lines.size() >= 2) {
                    int index = random.nextInt(lines.size() - 1);
                    int[] a = lines.get(index);
                    int[] b = lines.get(index + 1);
                    return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[0], a[1])
                            + text.substring(b[1]);
                }
            }
            case 7, 8 -> {
                return insert(text, random, TERMINATORS.get(random.nextInt(TERMINATORS.size())));
            }
            case 9 -> {
                String odd = ODD.get(random.nextInt(ODD.size()));
                return random.nextInt(8) == 0 ? odd + text : insert(text, random, odd);
            }
            case 10 -> {
                String nest = NESTS.get(random.nextInt(NESTS.size()));
                int depth = 1 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 40);
                return insert(text, random, (nest + (random.nextBoolean() ? "\n" : " ")).repeat(depth));
            }
            case 11, 12 -> {
                return insert(text, random, " " + PIECES.get(random.nextInt(PIECES.size())) + " ");
            }
            case 13 -> {
                if (!lines.isEmpty()) {
                    int[] line = lines.get(random.nextInt(lines.size()));
                    String rules = RULES.get(random.nextInt(RULES.size()))
                            + (random.nextBoolean() ? ", " + RULES.get(random.nextInt(RULES.size())) : "");
                    String comment = "// touchbase-disable-next-line " + rules
                            + (random.nextBoolean() ? " -- a reason" : "") + "\n";
                    return text.substring(0, line[0]) + comment + text.substring(line[0]);
                }
            }
            case 14 -> {
                if (!tokens.isEmpty()) {
                    int[] token = tokens.get(random.nextInt(tokens.size()));
                    return text.substring(0, token[0]) + PIECES.get(random.nextInt(PIECES.size()))
                            + text.substring(token[1]);
                }
            }
            default -> {
                if (!tokens.isEmpty()) {
                    // join two tokens: the whitespace between them goes
                    int[] token = tokens.get(random.nextInt(tokens.size()));
                    int end = token[1];
                    int next = end;
                    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    return text.substring(0, end) + text.substring(next);
                }
            }
        }
        return insert(text, random, PIECES.get(random.nextInt(PIECES.size())));
    }

    private static String insert(String text, Random random, String piece) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    /** The spans of the tokens that are not whitespace, as {start, end}. */
    static List<int[]> tokens(String text) {
        List<int[]> spans = new ArrayList<>();
        ClientLexer lexer = new ClientLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        int offset = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            int length = token.getText().length();
            if (token.getType() != ClientLexer.WS) {
                spans.add(new int[] {offset, offset + length});
            }
            offset += length;
            if (spans.size() > 20_000) {
                break;
            }
        }
        return spans;
    }

    /** The spans of the lines, each with its line break, as {start, end}. */
    static List<int[]> lines(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                spans.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            spans.add(new int[] {start, text.length()});
        }
        return spans;
    }
}
