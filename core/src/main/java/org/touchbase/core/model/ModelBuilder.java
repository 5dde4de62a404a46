package org.touchbase.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.diagnostics.RuleIds;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.i18n.Days;
import org.touchbase.core.syntax.ParsedFile;
import org.touchbase.core.syntax.StringLiterals;
import org.touchbase.core.syntax.SyntaxParser;
import org.touchbase.core.syntax.SyntaxTrees;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;
import org.touchbase.core.time.Term;
import org.touchbase.grammar.ClientLexer;
import org.touchbase.grammar.ClientParser.AckAttributeContext;
import org.touchbase.grammar.ClientParser.ActionItemContext;
import org.touchbase.grammar.ClientParser.AgreedAttributeContext;
import org.touchbase.grammar.ClientParser.AwayAttributeContext;
import org.touchbase.grammar.ClientParser.BenefitAttributeContext;
import org.touchbase.grammar.ClientParser.BlockContext;
import org.touchbase.grammar.ClientParser.CadenceItemContext;
import org.touchbase.grammar.ClientParser.ClientItemContext;
import org.touchbase.grammar.ClientParser.ConfirmItemContext;
import org.touchbase.grammar.ClientParser.ConfirmsAttributeContext;
import org.touchbase.grammar.ClientParser.DateContext;
import org.touchbase.grammar.ClientParser.DateTimeContext;
import org.touchbase.grammar.ClientParser.DecisionItemContext;
import org.touchbase.grammar.ClientParser.DirectionContext;
import org.touchbase.grammar.ClientParser.DurationContext;
import org.touchbase.grammar.ClientParser.EmailAttributeContext;
import org.touchbase.grammar.ClientParser.EtaAttributeContext;
import org.touchbase.grammar.ClientParser.ExpectItemContext;
import org.touchbase.grammar.ClientParser.FlagAttributeContext;
import org.touchbase.grammar.ClientParser.GoalContext;
import org.touchbase.grammar.ClientParser.GoalItemContext;
import org.touchbase.grammar.ClientParser.IdentContext;
import org.touchbase.grammar.ClientParser.IdentListContext;
import org.touchbase.grammar.ClientParser.LaunchItemContext;
import org.touchbase.grammar.ClientParser.LeftAttributeContext;
import org.touchbase.grammar.ClientParser.LogBlockContext;
import org.touchbase.grammar.ClientParser.ManagerItemContext;
import org.touchbase.grammar.ClientParser.MemberItemContext;
import org.touchbase.grammar.ClientParser.MissedAttributeContext;
import org.touchbase.grammar.ClientParser.MotivationAttributeContext;
import org.touchbase.grammar.ClientParser.NextItemContext;
import org.touchbase.grammar.ClientParser.NoreplyAttributeContext;
import org.touchbase.grammar.ClientParser.PeriodContext;
import org.touchbase.grammar.ClientParser.PersonAttributeContext;
import org.touchbase.grammar.ClientParser.PersonFlagContext;
import org.touchbase.grammar.ClientParser.PersonGoalAttributeContext;
import org.touchbase.grammar.ClientParser.PersonItemContext;
import org.touchbase.grammar.ClientParser.PersonNoteAttributeContext;
import org.touchbase.grammar.ClientParser.PhoneAttributeContext;
import org.touchbase.grammar.ClientParser.PlanItemContext;
import org.touchbase.grammar.ClientParser.PrefersAttributeContext;
import org.touchbase.grammar.ClientParser.ProjectBlockContext;
import org.touchbase.grammar.ClientParser.ProjectItemContext;
import org.touchbase.grammar.ClientParser.ProjectStatusContext;
import org.touchbase.grammar.ClientParser.PurposeAttributeContext;
import org.touchbase.grammar.ClientParser.QuestionItemContext;
import org.touchbase.grammar.ClientParser.ReAttributeContext;
import org.touchbase.grammar.ClientParser.ReceiptContext;
import org.touchbase.grammar.ClientParser.RemindItemContext;
import org.touchbase.grammar.ClientParser.RemindsAttributeContext;
import org.touchbase.grammar.ClientParser.RespondItemContext;
import org.touchbase.grammar.ClientParser.RoleAttributeContext;
import org.touchbase.grammar.ClientParser.ScenarioItemContext;
import org.touchbase.grammar.ClientParser.SourceItemContext;
import org.touchbase.grammar.ClientParser.SpeaksAttributeContext;
import org.touchbase.grammar.ClientParser.StartsItemContext;
import org.touchbase.grammar.ClientParser.StatusItemContext;
import org.touchbase.grammar.ClientParser.StepContext;
import org.touchbase.grammar.ClientParser.StrayPersonFlagContext;
import org.touchbase.grammar.ClientParser.StringContext;
import org.touchbase.grammar.ClientParser.SummaryAttributeContext;
import org.touchbase.grammar.ClientParser.SummaryItemContext;
import org.touchbase.grammar.ClientParser.TouchAttributeContext;
import org.touchbase.grammar.ClientParser.TouchBodyContext;
import org.touchbase.grammar.ClientParser.TouchContext;
import org.touchbase.grammar.ClientParser.TouchItemContext;
import org.touchbase.grammar.ClientParser.TouchKindContext;
import org.touchbase.grammar.ClientParser.TouchNoteAttributeContext;

/**
 * Builds the model of one file from its parse tree. It tolerates every hole
 * that error recovery leaves (missing tokens, partial rules) and reports the
 * language errors that need no other file: {@code invalid-date} and most of
 * {@code invalid-use}.
 */
public final class ModelBuilder {

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    private final SourceFile file;
    private final TokenStream tokens;
    private final List<Finding> findings = new ArrayList<>();
    /* One String per distinct name in a file: names are looked up by the thousand after every edit. */
    private final Map<String, String> nameTexts = new HashMap<>();
    /* One String per distinct text value in a file: titles, purposes and notes repeat, and a model holds them all. */
    private final Map<String, String> textValues = new HashMap<>();
    /** Dates and moments as written, each made once per file: a file has few distinct ones, and many uses of each. */
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, LocalTime> times = new HashMap<>();
    private final Map<Object, LocalDateTime> moments = new HashMap<>();

    private ModelBuilder(SourceFile file, TokenStream tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    /** Parses and builds one file. */
    public static Document build(SourceFile file) {
        return build(SyntaxParser.parseForModel(file));
    }

    public static Document build(ParsedFile parsed) {
        ModelBuilder builder = new ModelBuilder(parsed.file(), parsed.tokens());
        builder.findings.addAll(parsed.findings());
        List<Block> blocks = new ArrayList<>();
        for (BlockContext block : parsed.tree().block()) {
            Block built = builder.block(block);
            if (built != null) {
                blocks.add(built);
            }
        }
        List<Suppression> suppressions = builder.suppressions(parsed.tokens().getTokens());
        // in the order of the text, as IncrementalUpdate keeps them: an item reports what it finds in its own order
        builder.findings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new Document(parsed.file(), List.copyOf(blocks), List.copyOf(builder.findings),
                List.copyOf(suppressions));
    }

    // ---- blocks

    private Block block(BlockContext context) {
        boolean project = context instanceof ProjectBlockContext;
        IdentContext nameContext = project ? ((ProjectBlockContext) context).name : ((LogBlockContext) context).name;
        Name name = name(nameContext);
        if (name == null) {
            return null;
        }
        Text title = project ? text(((ProjectBlockContext) context).title) : null;
        List<ProjectItemContext> items = project ? ((ProjectBlockContext) context).projectItem()
                : ((LogBlockContext) context).projectItem();
        BlockParts parts = new BlockParts(project);
        for (ProjectItemContext item : items) {
            projectItem(item, parts);
        }
        return new Block(file, span(context), project ? Block.Kind.PROJECT : Block.Kind.LOG, name, title,
                parts.client.value, parts.manager.value, parts.status.value, parts.starts.value, parts.launch.value,
                parts.respondWithin.value, parts.cadence.value, parts.remindEvery.value, parts.confirmWithin.value,
                List.copyOf(parts.goals), List.copyOf(parts.people),
                List.copyOf(parts.sources), List.copyOf(parts.steps), List.copyOf(parts.plans),
                List.copyOf(parts.scenarios), List.copyOf(parts.touches), List.copyOf(parts.expectations),
                List.copyOf(parts.members), parts.pause, parts.launchWas);
    }

    private final class BlockParts {
        final boolean project;
        final Single<Text> client = new Single<>("client");
        final Single<Text> manager = new Single<>("manager");
        final Single<Status> status = new Single<>("status");
        final Single<Day> starts = new Single<>("starts");
        final Single<Day> launch = new Single<>("launch");
        final Single<Length> respondWithin = new Single<>("respond within");
        final Single<Length> cadence = new Single<>("cadence");
        final Single<Length> remindEvery = new Single<>("remind every");
        final Single<Length> confirmWithin = new Single<>("confirm within");
        final List<Goal> goals = new ArrayList<>();
        final List<Person> people = new ArrayList<>();
        final List<Source> sources = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();
        final List<Span> plans = new ArrayList<>();
        final List<Scenario> scenarios = new ArrayList<>();
        final List<Touch> touches = new ArrayList<>();
        final List<Expectation> expectations = new ArrayList<>();
        final List<Member> members = new ArrayList<>();
        Pause pause;
        List<Day> launchWas = List.of();

        BlockParts(boolean project) {
            this.project = project;
        }

        /** Project attributes belong in the project block; a log may only add items. */
        <T> void attribute(Single<T> slot, T value, ParserRuleContext item) {
            if (!project) {
                invalidUse(span(item), Message.of("invalidUse.attributeInLog", slot.keyword));
                return;
            }
            slot.set(value, span(item));
        }
    }

    private void projectItem(ProjectItemContext item, BlockParts parts) {
        if (item instanceof ClientItemContext c) {
            parts.attribute(parts.client, text(c.string()), c);
        } else if (item instanceof ManagerItemContext c) {
            parts.attribute(parts.manager, text(c.string()), c);
        } else if (item instanceof StatusItemContext c) {
            statusItem(c, parts);
        } else if (item instanceof StartsItemContext c) {
            parts.attribute(parts.starts, day(c.date()), c);
        } else if (item instanceof LaunchItemContext c) {
            launchItem(c, parts);
        } else if (item instanceof RespondItemContext c) {
            parts.attribute(parts.respondWithin, length(c.duration()), c);
        } else if (item instanceof CadenceItemContext c) {
            parts.attribute(parts.cadence, length(c.duration()), c);
        } else if (item instanceof GoalItemContext c) {
            add(parts.goals, goal(c.goal()));
        } else if (item instanceof PersonItemContext c) {
            add(parts.people, person(c));
        } else if (item instanceof MemberItemContext c) {
            add(parts.members, member(c));
        } else if (item instanceof SourceItemContext c) {
            Text text = text(c.string());
            if (text != null) {
                parts.sources.add(new Source(file, span(c), text));
            }
        } else if (item instanceof PlanItemContext c) {
            parts.plans.add(span(c));
            for (StepContext step : c.step()) {
                add(parts.steps, step(step));
            }
        } else if (item instanceof ScenarioItemContext c) {
            Text text = text(c.string());
            if (text != null) {
                parts.scenarios.add(new Scenario(file, span(c), text));
            }
        } else if (item instanceof TouchItemContext c) {
            add(parts.touches, touch(c.touch()));
        } else if (item instanceof ExpectItemContext c) {
            add(parts.expectations, expectation(c));
        } else if (item instanceof RemindItemContext c) {
            parts.attribute(parts.remindEvery, length(c.duration()), c);
        } else if (item instanceof ConfirmItemContext c) {
            parts.attribute(parts.confirmWithin, length(c.duration()), c);
        } else if (item instanceof StrayPersonFlagContext c) {
            invalidUse(span(c), Message.of("invalidUse.flagOutsidePerson", c.personFlag().getStart().getText()));
        }
    }

    // ---- version 2: people, working days, pauses

    /** {@code status paused [until DATE]}: only a pause has an {@code until}. */
    private void statusItem(StatusItemContext c, BlockParts parts) {
        Status status = status(c.projectStatus());
        Day until = day(c.until);
        if (!parts.project) {
            parts.attribute(parts.status, status, c);
            return;
        }
        if (parts.status.set(status, span(c)) && until != null) {
            if (status != null && status != Status.PAUSED) {
                invalidUse(Span.cover(span(c.UNTIL().getSymbol()), until.span()),
                        Message.of("invalidUse.untilNotPaused", status.keyword()));
            } else {
                parts.pause = new Pause(span(c), until);
            }
        }
    }

    /** {@code launch DATE [was DATE {, DATE}]}: the launch date and the dates it had before, newest first. */
    private void launchItem(LaunchItemContext c, BlockParts parts) {
        if (!parts.project) {
            parts.attribute(parts.launch, day(c.launch), c);
            return;
        }
        if (parts.launch.set(day(c.launch), span(c))) {
            List<Day> was = new ArrayList<>();
            for (DateContext date : c.was) {
                add(was, day(date));
            }
            parts.launchWas = List.copyOf(was);
        }
    }

    /** A part and its period: {@code decides since D until D}. */
    private Part part(PersonFlagContext flag) {
        Part.Kind kind = flag.DECIDES() != null ? Part.Kind.DECIDES
                : flag.BACKUP() != null ? Part.Kind.BACKUP : Part.Kind.CONTACT;
        PeriodContext period = flag.period();
        Day since = period == null ? null : day(period.since);
        Day until = period == null ? null : day(period.until);
        if (since != null && until != null && since.valid() && until.valid()
                && until.date().isBefore(since.date())) {
            invalidUse(span(period), Message.of("invalidUse.periodBackwards", Days.on(since.date(), null), Days.on(until.date(), null)));
        }
        return new Part(kind, span(flag), since, until);
    }

    /** {@code away D1 until D2 [STRING]}. */
    private Absence absence(AwayAttributeContext c) {
        Day from = day(c.from);
        Day until = day(c.until);
        if (from != null && until != null && from.valid() && until.valid() && until.date().isBefore(from.date())) {
            invalidUse(span(c), Message.of("invalidUse.periodBackwards", Days.on(from.date(), null), Days.on(until.date(), null)));
        }
        return new Absence(span(c), from, until, text(c.string()));
    }

    /** {@code member ID [STRING] [{ role email phone }]}: a person's other items are {@code invalid-use} here. */
    private Member member(MemberItemContext context) {
        Name id = name(context.name);
        if (id == null) {
            return null;
        }
        Single<Text> role = new Single<>("role");
        Single<Text> email = new Single<>("email");
        Single<Text> phone = new Single<>("phone");
        if (context.personBody() != null) {
            for (PersonAttributeContext attribute : context.personBody().personAttribute()) {
                if (attribute instanceof RoleAttributeContext c) {
                    role.set(text(c.string()), span(c));
                } else if (attribute instanceof EmailAttributeContext c) {
                    email.set(text(c.string()), span(c));
                } else if (attribute instanceof PhoneAttributeContext c) {
                    phone.set(text(c.string()), span(c));
                } else if (attribute.getStart() != null && SyntaxTrees.isReal(attribute.getStart())) {
                    invalidUse(span(attribute), Message.of("invalidUse.memberItem", attribute.getStart().getText()));
                }
            }
        }
        return new Member(file, span(context), id, text(context.title), role.value, email.value, phone.value);
    }

    private static <T> void add(List<T> list, T element) {
        if (element != null) {
            list.add(element);
        }
    }

    // ---- people, goals, plan, expectations

    private Goal goal(GoalContext context) {
        Text text = text(context.string());
        if (text == null) {
            return null;
        }
        return new Goal(file, span(context), name(context.name), text);
    }

    private Person person(PersonItemContext context) {
        Name id = name(context.name);
        if (id == null) {
            return null;
        }
        Single<Text> role = new Single<>("role");
        Single<Text> motivation = new Single<>("motivation");
        Single<Text> speaks = new Single<>("speaks");
        Single<TouchKind> prefers = new Single<>("prefers");
        Text prefersChannel = null;
        Single<Departure> left = new Single<>("left");
        List<Absence> away = new ArrayList<>();
        Single<Text> email = new Single<>("email");
        Single<Text> phone = new Single<>("phone");
        Single<Part> decides = new Single<>("decides");
        Single<Part> backup = new Single<>("backup");
        Single<Part> contact = new Single<>("contact");
        List<Goal> goals = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        if (context.personBody() != null) {
            for (PersonAttributeContext attribute : context.personBody().personAttribute()) {
                if (attribute instanceof RoleAttributeContext c) {
                    role.set(text(c.string()), span(c));
                } else if (attribute instanceof FlagAttributeContext c) {
                    Part part = part(c.personFlag());
                    Single<Part> slot = part.kind() == Part.Kind.DECIDES ? decides
                            : part.kind() == Part.Kind.BACKUP ? backup : contact;
                    slot.set(part, span(c));
                } else if (attribute instanceof PersonGoalAttributeContext c) {
                    add(goals, goal(c.goal()));
                } else if (attribute instanceof MotivationAttributeContext c) {
                    motivation.set(text(c.string()), span(c));
                } else if (attribute instanceof SpeaksAttributeContext c) {
                    speaks.set(text(c.string()), span(c));
                } else if (attribute instanceof PrefersAttributeContext c) {
                    if (prefers.set(kind(c.touchKind()), span(c))) {
                        prefersChannel = text(c.string());
                    }
                } else if (attribute instanceof EmailAttributeContext c) {
                    email.set(text(c.string()), span(c));
                } else if (attribute instanceof PhoneAttributeContext c) {
                    phone.set(text(c.string()), span(c));
                } else if (attribute instanceof PersonNoteAttributeContext c) {
                    add(notes, text(c.string()));
                } else if (attribute instanceof LeftAttributeContext c) {
                    left.set(new Departure(span(c), day(c.date()), text(c.string())), span(c));
                } else if (attribute instanceof AwayAttributeContext c) {
                    away.add(absence(c));
                }
            }
        }
        return new Person(file, span(context), id, text(context.title), role.value, decides.value, backup.value,
                contact.value, List.copyOf(goals), motivation.value, speaks.value, prefers.value, prefersChannel,
                email.value, phone.value, List.copyOf(notes), left.value, List.copyOf(away));
    }

    private Step step(StepContext context) {
        Name id = name(context.name);
        if (id == null) {
            return null;
        }
        boolean done = context.DONE() != null && SyntaxTrees.isReal(context.DONE());
        return new Step(file, span(context), id, text(context.title), day(context.due), done, day(context.doneDate));
    }

    private Expectation expectation(ExpectItemContext context) {
        Name id = name(context.name);
        if (id == null) {
            return null;
        }
        List<Expectation.Receipt> receipts = new ArrayList<>();
        for (ReceiptContext receipt : context.receipt()) {
            receipts.add(new Expectation.Receipt(span(receipt), day(receipt.date()),
                    receipt.PARTLY() == null ? null : partly(receipt)));
        }
        return new Expectation(file, span(context), id, name(context.person), text(context.title), day(context.due),
                List.copyOf(receipts));
    }

    /**
     * What came with {@code partly}. When the string is missing (a syntax
     * error), an empty text of no width keeps the receipt partial.
     */
    private Text partly(ReceiptContext receipt) {
        Text text = text(receipt.string());
        if (text != null) {
            return text;
        }
        int end = span(receipt.PARTLY().getSymbol()).end();
        return new Text("", new Span(end, end));
    }

    // ---- touches

    private Touch touch(TouchContext context) {
        if (context == null || span(context) == null) {
            return null;
        }
        When when = when(context.when);
        TouchKind kind = kind(context.touchKind());
        Direction direction = direction(context.direction());
        List<Name> people = names(context.people);
        Text title = text(context.title);
        Single<Name> replyTo = new Single<>("re");
        Name headerReply = name(context.replyTo);
        if (headerReply != null) {
            replyTo.set(headerReply, headerReply.span());
        }
        Span header = header(context);

        Single<Text> purpose = new Single<>("purpose");
        Single<Text> benefit = new Single<>("benefit");
        Single<Span> ack = new Single<>("ack");
        Single<Day> eta = new Single<>("eta");
        Single<Summary> summaryItem = new Single<>("summary");
        Single<Span> noreply = new Single<>("noreply");
        Single<Span> missed = new Single<>("missed");
        Text noreplyReason = null;
        List<Agreement> agreements = new ArrayList<>();
        List<Name> confirms = new ArrayList<>();
        List<Name> reminds = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        Span etaItem = null;
        TouchBodyContext body = context.touchBody();
        if (body != null) {
            for (TouchAttributeContext attribute : body.touchAttribute()) {
                if (attribute instanceof PurposeAttributeContext c) {
                    purpose.set(text(c.string()), span(c));
                } else if (attribute instanceof BenefitAttributeContext c) {
                    benefit.set(text(c.string()), span(c));
                } else if (attribute instanceof AgreedAttributeContext c) {
                    Name id = name(c.name);
                    if (id != null) {
                        agreements.add(new Agreement(file, span(c), id, text(c.string()), name(c.replaced)));
                    }
                } else if (attribute instanceof ConfirmsAttributeContext c) {
                    if (kind != null && kind.isSpoken()) {
                        invalidUse(span(c), Message.of("invalidUse.confirmsSpoken", kind.keyword()));
                    }
                    confirms.addAll(names(c.identList()));
                } else if (attribute instanceof ReAttributeContext c) {
                    Name target = name(c.ident());
                    if (target != null) {
                        replyTo.set(target, span(c));
                    }
                } else if (attribute instanceof AckAttributeContext c) {
                    ack.set(span(c), span(c));
                } else if (attribute instanceof EtaAttributeContext c) {
                    if (eta.set(day(c.date()), span(c))) {
                        etaItem = span(c);
                    }
                } else if (attribute instanceof RemindsAttributeContext c) {
                    reminds.addAll(names(c.identList()));
                } else if (attribute instanceof TouchNoteAttributeContext c) {
                    add(notes, text(c.string()));
                } else if (attribute instanceof NoreplyAttributeContext c) {
                    if (noreply.set(span(c), span(c))) {
                        noreplyReason = text(c.string());
                    }
                } else if (attribute instanceof MissedAttributeContext c) {
                    missed.set(span(c), span(c));
                } else if (attribute instanceof SummaryAttributeContext c) {
                    Summary summary = summary(c);
                    if (summaryItem.set(summary, span(c))) {
                        summaries.add(summary);
                    }
                }
            }
        }
        checkReplyNeeds(direction, kind, noreply.value, missed.value);
        if (ack.value != null && replyTo.value == null) {
            invalidUse(ack.value, Message.of("invalidUse.ackWithoutRe"));
        }
        if (etaItem != null && ack.value == null) {
            invalidUse(etaItem, Message.of("invalidUse.etaWithoutAck"));
        }
        return new Touch(file, span(context), header, name(context.name), when, kind, direction, people, title,
                purpose.value, benefit.value, List.copyOf(agreements), List.copyOf(confirms), replyTo.value,
                ack.value, eta.value, List.copyOf(reminds), List.copyOf(notes), List.copyOf(summaries),
                body == null ? null : span(body), noreply.value, noreplyReason, missed.value);
    }

    /** {@code noreply} and {@code missed} are about incoming touches; {@code missed} about spoken ones. */
    private void checkReplyNeeds(Direction direction, TouchKind kind, Span noreply, Span missed) {
        if (noreply != null && direction != null && direction != Direction.FROM) {
            invalidUse(noreply, Message.of("invalidUse.noreplyNotIncoming", direction.keyword()));
        }
        if (missed != null && direction != null && direction != Direction.FROM) {
            invalidUse(missed, Message.of("invalidUse.missedNotIncoming", direction.keyword()));
        } else if (missed != null && kind != null && kind.isWritten()) {
            invalidUse(missed, Message.of("invalidUse.missedWritten", kind.keyword()));
        }
    }

    /** From {@code touch} to the last token before the body. */
    private Span header(TouchContext context) {
        Span start = span(context.getStart());
        TouchBodyContext body = context.touchBody();
        Token last = context.getStop();
        if (body != null && SyntaxTrees.isReal(body.getStart())) {
            last = null;
            for (int i = body.getStart().getTokenIndex() - 1; i >= context.getStart().getTokenIndex(); i--) {
                Token candidate = tokens.get(i);
                if (candidate.getChannel() == Token.DEFAULT_CHANNEL) {
                    last = candidate;
                    break;
                }
            }
        }
        if (last == null || !SyntaxTrees.isReal(last) || last.getTokenIndex() < context.getStart().getTokenIndex()) {
            return start;
        }
        return Span.cover(start, span(last));
    }

    private Summary summary(SummaryAttributeContext context) {
        Summary.Kind kind = null;
        if (context.summaryKind() != null) {
            kind = context.summaryKind().FINAL() != null ? Summary.Kind.FINAL : Summary.Kind.INTERIM;
        }
        List<Text> decisions = new ArrayList<>();
        List<Summary.Action> actions = new ArrayList<>();
        List<Text> questions = new ArrayList<>();
        List<When> next = new ArrayList<>();
        for (SummaryItemContext item : context.summaryItem()) {
            if (item instanceof DecisionItemContext c) {
                add(decisions, text(c.string()));
            } else if (item instanceof ActionItemContext c) {
                boolean done = c.DONE() != null && SyntaxTrees.isReal(c.DONE());
                actions.add(new Summary.Action(file, span(c), name(c.name), text(c.string()), name(c.owner),
                        day(c.due), done, day(c.doneDate)));
            } else if (item instanceof QuestionItemContext c) {
                add(questions, text(c.string()));
            } else if (item instanceof NextItemContext c) {
                add(next, when(c.dateTime()));
            }
        }
        return new Summary(file, span(context), kind, List.copyOf(decisions), List.copyOf(actions),
                List.copyOf(questions), List.copyOf(next));
    }

    // ---- terminals

    private Name name(IdentContext context) {
        if (context == null || context.getChildCount() == 0 || !(context.getChild(0) instanceof TerminalNode node)
                || !SyntaxTrees.isReal(node)) {
            return null;
        }
        String text = node.getText();
        return new Name(nameTexts.computeIfAbsent(text, same -> same), span(node.getSymbol()));
    }

    private List<Name> names(IdentListContext context) {
        if (context == null) {
            return List.of();
        }
        List<Name> names = new ArrayList<>();
        for (IdentContext ident : context.ident()) {
            add(names, name(ident));
        }
        return List.copyOf(names);
    }

    private Text text(StringContext context) {
        if (context == null || context.getChildCount() == 0 || !(context.getChild(0) instanceof TerminalNode node)
                || !SyntaxTrees.isReal(node)) {
            return null;
        }
        String value = StringLiterals.decode(node.getText()).value();
        return new Text(textValues.computeIfAbsent(value, same -> same), span(node.getSymbol()));
    }

    private Day day(DateContext context) {
        if (context == null || !SyntaxTrees.isReal(context.DATE())) {
            return null;
        }
        Token token = context.DATE().getSymbol();
        return new Day(date(token), span(token));
    }

    private When when(DateTimeContext context) {
        if (context == null || !SyntaxTrees.isReal(context.DATE())) {
            return null;
        }
        Token dateToken = context.DATE().getSymbol();
        LocalDate date = date(dateToken);
        Span span = span(dateToken);
        if (!SyntaxTrees.isReal(context.TIME())) {
            return new When(date == null ? null : moments.computeIfAbsent(date, key -> date.atStartOfDay()), false, span);
        }
        Token timeToken = context.TIME().getSymbol();
        span = Span.cover(span, span(timeToken));
        LocalTime time = time(timeToken);
        if (date == null || time == null) {
            return new When(null, true, span);
        }
        return new When(moments.computeIfAbsent(List.of(date, time), key -> LocalDateTime.of(date, time)), true, span);
    }

    private LocalDate date(Token token) {
        String text = token.getText();
        LocalDate known = dates.get(text);
        if (known != null) {
            return known;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                    Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10)));
            dates.put(text, date);
            return date;
        } catch (DateTimeException | NumberFormatException e) {
            findings.add(new Finding(RuleIds.INVALID_DATE, Severity.ERROR, file, span(token),
                    Message.of("invalidDate.date", text), null));
            return null;
        }
    }

    private LocalTime time(Token token) {
        String text = token.getText();
        LocalTime known = times.get(text);
        if (known != null) {
            return known;
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3, 5)));
            times.put(text, time);
            return time;
        } catch (DateTimeException | NumberFormatException e) {
            findings.add(new Finding(RuleIds.INVALID_DATE, Severity.ERROR, file, span(token),
                    Message.of("invalidDate.time", text), null));
            return null;
        }
    }

    private Length length(DurationContext context) {
        if (context == null || !SyntaxTrees.isReal(context.DURATION())) {
            return null;
        }
        Token token = context.DURATION().getSymbol();
        Term duration = Term.parse(token.getText());
        if (duration == null) {
            findings.add(new Finding(RuleIds.SYNTAX, Severity.ERROR, file, span(token),
                    Message.of("syntax.badDuration", token.getText()), null));
            return null;
        }
        return new Length(duration, span(token));
    }

    private static Status status(ProjectStatusContext context) {
        String keyword = keyword(context);
        for (Status status : Status.values()) {
            if (status.keyword().equals(keyword)) {
                return status;
            }
        }
        return null;
    }

    private static TouchKind kind(TouchKindContext context) {
        String keyword = keyword(context);
        return keyword == null ? null : TouchKind.fromKeyword(keyword);
    }

    private static Direction direction(DirectionContext context) {
        String keyword = keyword(context);
        for (Direction direction : Direction.values()) {
            if (direction.keyword().equals(keyword)) {
                return direction;
            }
        }
        return null;
    }

    /** The keyword a one-token rule matched, ignoring tokens that error recovery put there. */
    private static String keyword(ParserRuleContext context) {
        if (context == null) {
            return null;
        }
        for (int i = 0; i < context.getChildCount(); i++) {
            if (context.getChild(i) instanceof TerminalNode node && SyntaxTrees.isReal(node)) {
                return node.getText();
            }
        }
        return null;
    }

    // ---- suppressions

    private List<Suppression> suppressions(List<Token> tokens) {
        List<Suppression> result = new ArrayList<>();
        for (Token token : tokens) {
            if (token.getType() != ClientLexer.LINE_COMMENT) {
                continue;
            }
            String text = token.getText();
            Matcher matcher = Suppression.COMMENT.matcher(text);
            if (!matcher.matches()) {
                continue;
            }
            int base = file.charOffset(token.getStartIndex());
            String rest = matcher.group(1);
            int restStart = matcher.start(1);
            int reasonAt = rest.indexOf("--");
            String ids = reasonAt >= 0 ? rest.substring(0, reasonAt) : rest;
            String reason = reasonAt >= 0 ? rest.substring(reasonAt + 2).trim() : null;
            List<Name> rules = new ArrayList<>();
            Matcher id = RULE_ID.matcher(ids);
            while (id.find()) {
                int start = base + restStart + id.start();
                rules.add(new Name(id.group(), new Span(start, start + id.group().length())));
            }
            Span span = new Span(base, base + text.length());
            result.add(new Suppression(span, file.lineOf(base) + 1, List.copyOf(rules), reason));
        }
        return result;
    }

    // ---- helpers

    private Span span(ParserRuleContext context) {
        Span span = SyntaxTrees.span(file, context);
        return span != null ? span : new Span(0, 0);
    }

    private Span span(Token token) {
        return SyntaxTrees.span(file, token);
    }

    private void invalidUse(Span span, Message message) {
        findings.add(new Finding(RuleIds.INVALID_USE, Severity.ERROR, file, span, message, null));
    }

    /** An item that may be given once: a second one is {@code invalid-use}, and the first counts. */
    private final class Single<T> {
        final String keyword;
        T value;
        boolean given;

        Single(String keyword) {
            this.keyword = keyword;
        }

        boolean set(T newValue, Span at) {
            if (given) {
                invalidUse(at, Message.of("invalidUse.twice", keyword));
                return false;
            }
            given = true;
            value = newValue;
            return true;
        }
    }
}
