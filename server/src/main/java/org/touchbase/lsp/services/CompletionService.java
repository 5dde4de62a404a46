package org.touchbase.lsp.services;

import com.vmware.antlr4c3.CodeCompletionCore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.BlockItems;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Member;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Suppression;
import org.touchbase.core.model.Text;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.rules.RuleInfo;
import org.touchbase.core.rules.Rules;
import org.touchbase.core.state.ActionState;
import org.touchbase.core.state.ObligationState;
import org.touchbase.core.state.QuestionState;
import org.touchbase.core.state.Timing;
import org.touchbase.core.syntax.SyntaxParser;
import org.touchbase.core.syntax.Tokens;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Project;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.grammar.ClientParser;
import org.touchbase.lsp.DocumentContext;
import org.touchbase.lsp.TextEdits;
import org.touchbase.lsp.services.actions.ActionContext;

/**
 * Completion from the grammar: antlr4-c3 tells which tokens and which names
 * may stand at the caret, on the tokens of the enclosing block up to the
 * caret only, so half-typed and broken text elsewhere does not matter and a
 * huge file costs no more than its block. Names come from the knowledge
 * base, in the namespace the keyword before them calls for.
 */
public final class CompletionService {

    /**
     * Typing a comma in a list of names asks for the next name; typing a space
     * asks too, and is answered only after a keyword that a name must follow.
     */
    public static final List<String> TRIGGER_CHARACTERS = List.of(",", " ");

    /** The keywords that only a name can follow: a space typed after one opens the completion. */
    private static final Set<Integer> NAME_KEYWORDS = Set.of(ClientLexer.WITH, ClientLexer.TO, ClientLexer.FROM,
            ClientLexer.RE, ClientLexer.OWNER, ClientLexer.REMINDS, ClientLexer.CONFIRMS);

    /** c3 keeps its follow sets in a static map that is not safe for concurrent use. */
    private static final Object C3_LOCK = new Object();

    private enum Group { NAME, DATE, KEYWORD, SNIPPET }

    /**
     * Items at the caret, asked for by typing {@code trigger} (null when the
     * user asked): a space is answered only right after a keyword that only a
     * name can follow ({@code with }, {@code to }, {@code re } …), elsewhere
     * with nothing, so that the list opens by itself only where a name goes.
     */
    public CompletionList completion(DocumentContext context, Position position, boolean snippets, String trigger,
            CancelChecker cancel) {
        if (" ".equals(trigger) && !afterNameKeyword(context.file(), position)) {
            return new CompletionList(List.of());
        }
        return completion(context, position, snippets, cancel);
    }

    /** True when the caret is one space after a keyword that only a name can follow, outside strings and comments. */
    private static boolean afterNameKeyword(SourceFile file, Position position) {
        if (!TextRanges.valid(file, position) || position.getCharacter() < 2) {
            return false;
        }
        int offset = TextEdits.offset(file, position);
        int lineStart = offset - position.getCharacter();
        List<? extends Token> tokens = lexer(file.text().substring(lineStart, offset)).getAllTokens();
        if (tokens.size() < 2) {
            return false;
        }
        Token keyword = tokens.get(tokens.size() - 2);
        Token space = tokens.get(tokens.size() - 1);
        return NAME_KEYWORDS.contains(keyword.getType()) && space.getType() == ClientLexer.WS;
    }

    /** Items at the caret; templates (snippets) only for a client that can expand them. */
    public CompletionList completion(DocumentContext context, Position position, boolean snippets,
            CancelChecker cancel) {
        SourceFile file = context.file();
        if (!TextRanges.valid(file, position)) {
            return new CompletionList(List.of());
        }
        int offset = TextEdits.offset(file, position);
        Block block = blockBefore(context, offset);
        CommonTokenStream tokens = new CommonTokenStream(lexer(textBefore(file, block, offset)));
        tokens.fill();
        List<Token> all = tokens.getTokens();
        Token eof = all.get(all.size() - 1);
        Token last = all.size() > 1 ? all.get(all.size() - 2) : null;
        boolean touchesCaret = last != null && last.getStopIndex() + 1 == eof.getStartIndex();
        if (touchesCaret && last.getType() == ClientLexer.LINE_COMMENT) {
            return new CompletionList(ruleIds(context, last.getText(), offset));
        }
        if (touchesCaret && Tokens.isUnterminated(last)) {
            return new CompletionList(List.of());
        }
        Token prefixToken = null;
        for (int i = all.size() - 2; i >= 0; i--) {
            Token token = all.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                if (token.getStopIndex() + 1 == eof.getStartIndex() && isPrefix(token.getType())) {
                    prefixToken = token;
                }
                break;
            }
        }
        int caretIndex = prefixToken != null ? prefixToken.getTokenIndex() : eof.getTokenIndex();
        int prefixStart = prefixToken != null ? offset - prefixToken.getText().length() : offset;
        cancel.checkCanceled();

        ClientParser parser = new ClientParser(tokens);
        parser.removeErrorListeners();
        CodeCompletionCore.CandidatesCollection candidates;
        synchronized (C3_LOCK) {
            CodeCompletionCore core = new CodeCompletionCore(parser, Set.of(ClientParser.RULE_ident), Set.of());
            candidates = core.collectCandidates(caretIndex, null);
        }
        cancel.checkCanceled();

        Items items = new Items(file, new Span(prefixStart, offset),
                prefixStart > 0 && file.text().charAt(prefixStart - 1) == ',');
        Project project = block == null ? null : context.analysis().knowledgeBase().projectOf(block);
        Messages messages = context.messages();
        if (candidates.rules.containsKey(ClientParser.RULE_ident)) {
            names(context, project, tokens, caretIndex, items);
        }
        String unit = Layout.unit(file, block);
        for (Integer type : candidates.tokens.keySet()) {
            if (type == ClientLexer.DATE) {
                String today = ActionContext.today(context.analysis(), project).toString();
                CompletionItem item = items.add(today, Group.DATE, CompletionItemKind.Value,
                        messages.get("lsp.completion.today"), today);
                item.setFilterText(prefixToken != null && Character.isDigit(prefixToken.getText().charAt(0))
                        ? today : "today");
            } else if (Tokens.isKeyword(type)) {
                String keyword = Tokens.keyword(type);
                items.add(keyword, Group.KEYWORD, keywordKind(keyword), keywordDetail(keyword, messages), keyword);
                if (snippets) {
                    snippet(keyword, project, unit, context, items);
                }
            }
        }
        return new CompletionList(false, items.list);
    }

    /**
     * The text c3 reads: from the start of the block, or — in a large block —
     * a stand-in header line and then the text from the last item that starts
     * before the caret, so completion costs the same in a block of twenty
     * touches and of twenty thousand.
     */
    static String textBefore(SourceFile file, Block block, int offset) {
        if (block == null) {
            return file.text().substring(0, offset);
        }
        int itemStart = BlockItems.lastItemStartBefore(block, offset);
        if (itemStart < 0 || block.name() == null || block.name().span().end() >= itemStart) {
            return file.text().substring(block.span().start(), offset);
        }
        return BlockItems.standInHeader(block) + file.text().substring(itemStart, offset);
    }

    /** The last block that starts before the caret: the caret is in it or after it. */
    private static Block blockBefore(DocumentContext context, int offset) {
        Block found = null;
        for (Block block : context.document().blocks()) {
            if (block.span().start() < offset) {
                found = block;
            }
        }
        return found;
    }

    private static ClientLexer lexer(String text) {
        return SyntaxParser.lexer(text);
    }

    /** A token the caret may be in the middle of typing. */
    private static boolean isPrefix(int type) {
        return type == ClientLexer.IDENT || Tokens.isKeyword(type) || type == ClientLexer.DATE || type == ClientLexer.TIME
                || type == ClientLexer.DURATION || type == ClientLexer.MALFORMED_LITERAL;
    }

    // ---- names

    /** The names that may stand at the caret, by the keyword that starts their list. */
    private static void names(DocumentContext context, Project project, CommonTokenStream tokens, int caretIndex,
            Items items) {
        Set<String> listed = new LinkedHashSet<>();
        int i = previous(tokens, caretIndex);
        while (i >= 0 && tokens.get(i).getType() == ClientLexer.COMMA) {
            int name = previous(tokens, i);
            if (name < 0 || !(tokens.get(name).getType() == ClientLexer.IDENT || Tokens.isKeyword(tokens.get(name).getType()))) {
                break;
            }
            listed.add(tokens.get(name).getText());
            i = previous(tokens, name);
        }
        int head = i >= 0 ? tokens.get(i).getType() : -1;
        Messages messages = context.messages();
        KnowledgeBase knowledgeBase = context.analysis().knowledgeBase();
        if (head == ClientLexer.LOG) {
            for (Project candidate : knowledgeBase.projects()) {
                items.name(candidate.id(), CompletionItemKind.Module, candidate.title());
            }
            return;
        }
        if (project == null) {
            return;
        }
        LocalDate today = ActionContext.today(context.analysis(), project);
        switch (head) {
            case ClientLexer.WITH, ClientLexer.TO, ClientLexer.FROM, ClientLexer.OWNER -> {
                for (Person person : project.people()) {
                    if (!listed.contains(person.id().text())) {
                        items.name(person.id().text(), CompletionItemKind.Reference, Cards.personLine(person, messages, today));
                    }
                }
                if (head == ClientLexer.OWNER) {
                    // Our own team may own an action; it is never in a touch's people.
                    for (Member member : project.members()) {
                        items.name(member.id().text(), CompletionItemKind.Reference, Cards.memberLine(member, messages));
                    }
                }
            }
            case ClientLexer.RE -> {
                // Incoming touches, and the questions we sent that are still open: what a reply can answer.
                Timing timing = context.analysis().context(project).deadlines();
                for (Touch touch : project.touches()) {
                    if (touch.id() == null || project.touch(touch.id().text()) != touch) {
                        continue;
                    }
                    if (touch.isIncoming() || (QuestionState.isOurQuestion(touch)
                            && QuestionState.of(project, touch, timing).open())) {
                        items.name(touch.id().text(), CompletionItemKind.Event, Cards.touchLine(touch, messages, today));
                    }
                }
            }
            case ClientLexer.REPLACES -> {
                for (Touch touch : project.touches()) {
                    for (Agreement agreement : touch.agreements()) {
                        items.name(agreement.id().text(), CompletionItemKind.Reference,
                                messages.get("lsp.completion.agreement", text(agreement.text()),
                                        Cards.touchLine(touch, messages, today)));
                    }
                }
            }
            case ClientLexer.CONFIRMS -> {
                for (Touch touch : project.touches()) {
                    for (Agreement agreement : touch.agreements()) {
                        if (!listed.contains(agreement.id().text())) {
                            items.name(agreement.id().text(), CompletionItemKind.Reference,
                                    messages.get("lsp.completion.agreement", text(agreement.text()),
                                            Cards.touchLine(touch, messages, today)));
                        }
                    }
                }
            }
            case ClientLexer.REMINDS -> {
                // What the client still owes: open expectations, and the client's actions not done.
                Timing timing = context.analysis().context(project).deadlines();
                for (Expectation expectation : project.expectations()) {
                    if (!listed.contains(expectation.id().text())
                            && !ObligationState.of(project, expectation, timing).closed()) {
                        items.name(expectation.id().text(), CompletionItemKind.Reference,
                                Cards.expectationLine(expectation, messages, today));
                    }
                }
                for (Summary.Action action : project.actions()) {
                    if (action.id() == null || listed.contains(action.id().text())
                            || project.action(action.id().text()) != action) {
                        continue;
                    }
                    ActionState state = ActionState.of(project, action, timing);
                    if (state.clientOwned() && !state.done()) {
                        items.name(action.id().text(), CompletionItemKind.Reference, Cards.actionLine(action, messages, today));
                    }
                }
            }
            default -> {
            }
        }
    }

    private static String text(Text text) {
        return text == null ? "" : text.value();
    }

    /** The default-channel token before {@code index}, or -1. */
    private static int previous(CommonTokenStream tokens, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return i;
            }
        }
        return -1;
    }

    // ---- keywords and snippets

    private static CompletionItemKind keywordKind(String keyword) {
        if (TouchKind.fromKeyword(keyword) != null) {
            return CompletionItemKind.EnumMember;
        }
        return switch (keyword) {
            case "to", "from", "with", "active", "paused", "done", "lost", "interim", "final" ->
                    CompletionItemKind.EnumMember;
            default -> CompletionItemKind.Keyword;
        };
    }

    private static String keywordDetail(String keyword, Messages messages) {
        TouchKind kind = TouchKind.fromKeyword(keyword);
        if (kind != null) {
            return messages.get(kind.isWritten() ? "lsp.completion.kind.written" : "lsp.completion.kind.spoken");
        }
        String key = "lsp.completion.keyword." + keyword;
        return messages.has(key) ? messages.get(key) : messages.get("lsp.completion.keyword");
    }

    private static void snippet(String keyword, Project project, String unit, DocumentContext context, Items items) {
        Messages messages = context.messages();
        String text;
        switch (keyword) {
            case "touch" -> {
                List<String> people = new ArrayList<>();
                if (project != null) {
                    for (Person person : project.people()) {
                        people.add(person.id().text());
                    }
                }
                List<String> kinds = new ArrayList<>();
                for (TouchKind kind : List.of(TouchKind.CALL, TouchKind.MEETING, TouchKind.LETTER, TouchKind.MESSAGE,
                        TouchKind.PING, TouchKind.PRESENTATION, TouchKind.REMINDER, TouchKind.QUESTION,
                        TouchKind.REPLY, TouchKind.OTHER)) {
                    kinds.add(kind.keyword());
                }
                LocalDate today = ActionContext.today(context.analysis(), project);
                text = "touch ${1:" + today + "} ${2|" + String.join(",", kinds) + "|} ${3|with,to,from|} "
                        + (people.isEmpty() ? "${4:person}" : "${4|" + String.join(",", people) + "|}")
                        + " \"$5\" {\n" + unit + "purpose \"$6\"\n" + unit + "benefit \"$7\"\n}$0";
            }
            case "person" -> text = "person ${1:id} \"$2\" {\n" + unit + "role \"$3\"\n" + unit + "$0\n}";
            case "member" -> text = "member ${1:id} \"$2\" {\n" + unit + "role \"$3\"\n" + unit + "email \"$4\"\n}$0";
            case "project" -> text = "project ${1:id} \"$2\" {\n" + unit + "client \"$3\"\n" + unit + "goal \"$4\"\n"
                    + unit + "$0\n}";
            default -> {
                return;
            }
        }
        CompletionItem item = items.add(keyword + " …", Group.SNIPPET, CompletionItemKind.Snippet,
                messages.get("lsp.completion.snippet." + keyword), text);
        item.setFilterText(keyword);
        item.setInsertTextFormat(InsertTextFormat.Snippet);
        item.setInsertTextMode(InsertTextMode.AdjustIndentation);
    }

    // ---- rule ids in suppression comments

    private static List<CompletionItem> ruleIds(DocumentContext context, String comment, int offset) {
        Matcher matcher = Suppression.COMMENT.matcher(comment);
        if (!matcher.matches() || matcher.group(1).contains("--")) {
            return List.of();
        }
        String rest = matcher.group(1);
        int typed = rest.length();
        while (typed > 0 && (Character.isLetterOrDigit(rest.charAt(typed - 1)) || rest.charAt(typed - 1) == '-')) {
            typed--;
        }
        if (typed == 0 || !(rest.charAt(typed - 1) == ' ' || rest.charAt(typed - 1) == ',')) {
            return List.of();
        }
        Items items = new Items(context.file(), new Span(offset - (rest.length() - typed), offset), false);
        for (RuleInfo info : Rules.all()) {
            if (!info.language() && !RuleIds.UNUSED_SUPPRESSION.equals(info.id())) {
                items.add(info.id(), Group.NAME, CompletionItemKind.Constant, context.messages().get(info.titleKey()),
                        info.id());
            }
        }
        return items.list;
    }

    /** The items of one answer, all replacing the typed prefix. */
    private static final class Items {
        final List<CompletionItem> list = new ArrayList<>();
        final Set<String> labels = new LinkedHashSet<>();
        final Range range;
        final boolean afterComma;

        Items(SourceFile file, Span prefix, boolean afterComma) {
            this.range = TextEdits.range(file, prefix);
            this.afterComma = afterComma;
        }

        void name(String name, CompletionItemKind kind, String detail) {
            add(name, Group.NAME, kind, detail, afterComma ? " " + name : name);
        }

        CompletionItem add(String label, Group group, CompletionItemKind kind, String detail, String insert) {
            CompletionItem item = new CompletionItem(label);
            if (!labels.add(group + label)) {
                return item;
            }
            item.setKind(kind);
            item.setDetail(detail);
            item.setSortText(group.ordinal() + label.toLowerCase(Locale.ROOT));
            item.setTextEdit(Either.forLeft(new TextEdit(range, insert)));
            if (!insert.equals(label)) {
                item.setFilterText(label);
            }
            list.add(item);
            return item;
        }
    }
}
