package org.touchbase.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Direction;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Touch;
import org.touchbase.core.model.TouchKind;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Project;

/**
 * Turns mail and calendar files into touches of a knowledge base.
 *
 * <ul>
 * <li>A message from a client person is a {@code letter from} them; one from
 * us to client people is a {@code letter to} them, or a {@code reply to}
 * them {@code re} the client's letter it answers when its In-Reply-To or
 * References name one. A client's answer to a {@code question} we sent is a
 * {@code reply from} them {@code re} that question.</li>
 * <li>An event with client attendees is a {@code meeting} or a {@code call}
 * (see {@link CalendarReader}) {@code with} them.</li>
 * <li>When the people are of several projects, the project the thread
 * already belongs to wins; with no thread the message is ambiguous.</li>
 * <li>A touch already in the knowledge base (by its id, see {@link TouchIds})
 * is not added again; an event's touch is brought up to date; a cancelled
 * event's touch is taken away.</li>
 * </ul>
 */
public final class Importer {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final KnowledgeBase knowledgeBase;
    private final Function<SourceFile, Path> pathOf;
    private final ImportOptions options;
    private final AddressBook book;
    private final Map<String, Touch> existing = new HashMap<>();
    private final Map<String, Project> existingProject = new HashMap<>();
    private final Map<String, NewTouch> planned = new HashMap<>();
    private final LogFiles logFiles = new LogFiles();
    private final ImportResult result = new ImportResult();

    private Importer(KnowledgeBase knowledgeBase, Function<SourceFile, Path> pathOf, ImportOptions options) {
        this.knowledgeBase = knowledgeBase;
        this.pathOf = pathOf;
        this.options = options;
        this.book = new AddressBook(knowledgeBase, options.ourAddresses());
        for (Project project : knowledgeBase.projects()) {
            for (Touch touch : project.touches()) {
                if (touch.id() != null) {
                    existing.putIfAbsent(touch.id().text(), touch);
                    existingProject.putIfAbsent(touch.id().text(), project);
                }
            }
        }
    }

    /**
     * Imports the files and folders into the knowledge base's files.
     *
     * @param pathOf where a file of the knowledge base is on disk
     */
    public static ImportResult run(KnowledgeBase knowledgeBase, Function<SourceFile, Path> pathOf, List<Path> inputs,
            ImportOptions options) {
        return new Importer(knowledgeBase, pathOf, options).run(inputs);
    }

    private ImportResult run(List<Path> inputs) {
        result.dryRun = options.dryRun();
        Sources.Found found = Sources.find(inputs);
        result.problems.addAll(found.problems());

        List<Located<Mail>> mails = new ArrayList<>();
        MailReader reader = new MailReader(options.withNotes());
        for (MessageSource source : found.mail()) {
            try {
                source.messages((number, raw) -> mails.addAll(read(where(source, number), () -> List.of(reader.read(raw)))));
            } catch (IOException | RuntimeException e) {
                result.problems.add(Message.of("import.unreadable", source.name()));
            }
        }
        mails.sort(Comparator.comparing((Located<Mail> m) -> m.item().date()));
        for (Located<Mail> mail : mails) {
            mail(mail.where(), mail.item());
        }

        CalendarReader calendars = new CalendarReader(options.now(), options.zone());
        Map<String, Located<Event>> newest = new LinkedHashMap<>();
        for (Sources.CalendarFile file : found.calendars()) {
            for (Located<Event> event : read(Message.of("import.whereFile", file.name()), () -> calendars.read(file.path()))) {
                Located<Event> known = newest.get(event.item().id());
                if (known == null || event.item().newerThan(known.item())) {
                    newest.put(event.item().id(), event);
                }
            }
        }
        for (Located<Event> event : newest.values()) {
            event(event.where(), event.item());
        }
        for (LogFiles.FileChange file : logFiles.apply(options.dryRun())) {
            result.files.add(file);
            result.alreadyImported += file.present();
        }
        return result;
    }

    private record Located<T>(Message where, T item) {
    }

    private static Message where(MessageSource source, int number) {
        return source instanceof EmlFile ? Message.of("import.whereFile", source.name())
                : Message.of("import.whereMessage", source.name(), number);
    }

    /** Reads one piece of input (a message, a calendar file) into what it describes. */
    private interface Piece<T> {
        List<T> read() throws Unreadable;
    }

    /**
     * What mail and calendars share: one piece of input read into items,
     * each kept with where it came from; a piece that cannot be read is a
     * problem there, and the import goes on with the rest.
     */
    private <T> List<Located<T>> read(Message where, Piece<T> piece) {
        try {
            return piece.read().stream().map(item -> new Located<>(where, item)).toList();
        } catch (Unreadable e) {
            result.problems.add(Message.of("import.problem", where, e.problem()));
            return List.of();
        }
    }

    private void mail(Message where, Mail mail) {
        String id = TouchIds.forMail(mail);
        if (existing.containsKey(id) || planned.containsKey(id)) {
            result.alreadyImported++;
            return;
        }
        LocalDateTime at = mail.date().withZoneSameInstant(options.zone()).toLocalDateTime();
        String note = mail.firstLine();
        if (!book.isOurs(mail.from())) {
            List<AddressBook.Client> senders = book.clients(mail.from());
            if (senders.isEmpty()) {
                unknown(List.of(mail.from()));
                return;
            }
            // The sender's projects; the client people in To and Cc may tell which one it is.
            List<String> everyone = new ArrayList<>(List.of(mail.from()));
            everyone.addAll(mail.recipients());
            Map<Project, List<Person>> byProject = clients(everyone, new ArrayList<>());
            byProject.keySet().removeIf(p -> senders.stream().noneMatch(s -> s.project() == p));
            Project project = choose(where, byProject, mail.references());
            if (project != null) {
                Person person = senders.stream().filter(s -> s.project() == project).findFirst().orElseThrow().person();
                String question = question(project, mail.references());
                add(project, new NewTouch(project.id(), id, at, true, question != null ? "reply" : "letter", "from",
                        List.of(person.id().text()), question, mail.subject(), note));
            }
            return;
        }
        List<String> strangers = new ArrayList<>();
        Map<Project, List<Person>> byProject = clients(mail.recipients(), strangers);
        if (byProject.isEmpty()) {
            unknown(strangers);
            return;
        }
        Project project = choose(where, byProject, mail.references());
        if (project == null) {
            return;
        }
        List<String> people = byProject.get(project).stream().map(p -> p.id().text()).toList();
        String answered = answered(project, mail.references());
        add(project, new NewTouch(project.id(), id, at, true, answered != null ? "reply" : "letter", "to", people,
                answered, mail.subject(), note));
    }

    private void event(Message where, Event event) {
        Touch old = existing.get(event.id());
        if (event.cancelled()) {
            if (old != null) {
                logFiles.remove(pathOf.apply(old.file()), name(pathOf.apply(old.file())), event.id());
            }
            return;
        }
        List<String> strangers = new ArrayList<>();
        Map<Project, List<Person>> byProject = clients(event.addresses(), strangers);
        if (byProject.isEmpty()) {
            unknown(strangers);
            return;
        }
        Project project;
        if (byProject.size() > 1 && old != null && byProject.containsKey(existingProject.get(event.id()))) {
            project = existingProject.get(event.id());
        } else {
            project = choose(where, byProject, List.of());
        }
        if (project == null) {
            return;
        }
        List<String> people = byProject.get(project).stream().map(p -> p.id().text()).toList();
        NewTouch touch = new NewTouch(project.id(), event.id(), event.at(), event.hasTime(),
                event.call() ? "call" : "meeting", "with", people, null, event.summary(), null);
        if (old != null) {
            int end = old.title() != null ? old.title().span().end() : old.header().end();
            if (old.file().text().substring(old.span().start(), end).equals(touch.header())) {
                result.alreadyImported++;
            } else {
                Path path = pathOf.apply(old.file());
                logFiles.update(path, name(path), touch);
            }
            return;
        }
        if (planned.containsKey(event.id())) {
            result.alreadyImported++;
            return;
        }
        add(project, touch);
    }

    /**
     * The client people among the addresses, by project; the addresses that
     * are neither a client's nor ours go to {@code strangers}.
     */
    private Map<Project, List<Person>> clients(List<String> addresses, List<String> strangers) {
        Map<Project, List<Person>> byProject = new LinkedHashMap<>();
        Map<Project, Integer> covered = new HashMap<>();
        int known = 0;
        for (String address : addresses) {
            List<AddressBook.Client> clients = book.clients(address);
            if (clients.isEmpty()) {
                if (!book.isOurs(address)) {
                    strangers.add(address);
                }
                continue;
            }
            known++;
            for (AddressBook.Client client : clients) {
                List<Person> people = byProject.computeIfAbsent(client.project(), p -> new ArrayList<>());
                if (!people.contains(client.person())) {
                    people.add(client.person());
                }
                covered.merge(client.project(), 1, Integer::sum);
            }
        }
        // A person who works with several projects does not make a message to their colleagues ambiguous:
        // when exactly one project has every client address, the message is that project's.
        int all = known;
        List<Project> complete = byProject.keySet().stream().filter(p -> covered.get(p) == all).toList();
        if (byProject.size() > 1 && complete.size() == 1) {
            Project only = complete.get(0);
            List<Person> people = byProject.get(only);
            byProject.clear();
            byProject.put(only, people);
        }
        return byProject;
    }

    /** The one project of the people, or the one the thread belongs to; null (and listed) when that is unclear. */
    private Project choose(Message where, Map<Project, List<Person>> byProject, List<String> references) {
        if (byProject.size() == 1) {
            return byProject.keySet().iterator().next();
        }
        for (String reference : references) {
            String id = TouchIds.forMessage(reference);
            Project thread = existingProject.get(id);
            if (thread == null && planned.containsKey(id)) {
                thread = knowledgeBase.project(planned.get(id).project());
            }
            if (thread != null && byProject.containsKey(thread)) {
                return thread;
            }
        }
        result.ambiguous.add(Message.of("import.ambiguous", where,
                String.join(", ", byProject.keySet().stream().map(Project::id).toList())));
        return null;
    }

    /** The client's letter in the project that the thread answers: the nearest one named. */
    private String answered(Project project, List<String> references) {
        for (String reference : references) {
            String id = TouchIds.forMessage(reference);
            Touch touch = project.touch(id);
            if (touch != null && touch.isIncoming()) {
                return id;
            }
            NewTouch earlier = planned.get(id);
            if (earlier != null && earlier.project().equals(project.id()) && earlier.direction().equals("from")) {
                return id;
            }
        }
        return null;
    }

    /**
     * The {@code question} we sent that the thread answers (language version 2
     * lets {@code re} name it): a touch of the project that is a question
     * {@code to} the client, e.g. a letter an earlier import wrote whose kind
     * was then changed to {@code question}.
     */
    private static String question(Project project, List<String> references) {
        for (String reference : references) {
            String id = TouchIds.forMessage(reference);
            Touch touch = project.touch(id);
            if (touch != null && touch.kind() == TouchKind.QUESTION && touch.direction() == Direction.TO) {
                return id;
            }
        }
        return null;
    }

    private void add(Project project, NewTouch touch) {
        planned.put(touch.id(), touch);
        String file = project.id() + "-" + MONTH.format(touch.at()) + ".client";
        Path folder = options.into() != null ? options.into()
                : parent(pathOf.apply(project.declaration().file()));
        Path path = folder.resolve(file);
        logFiles.add(path, name(path), touch);
    }

    private void unknown(List<String> addresses) {
        for (String address : addresses) {
            result.unknown.merge(address, 1, Integer::sum);
        }
    }

    private static Path parent(Path file) {
        Path parent = file.getParent();
        return parent != null ? parent : Path.of("");
    }

    private static String name(Path path) {
        return Sources.name(path);
    }
}
