package org.touchbase.report.sections;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.agenda.AgendaItem;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.workspace.Project;
import org.touchbase.report.TrustHistory;

/**
 * What the documents of one report share, made once: the agenda of its
 * projects (the portfolio's "This week", and each project's part of it in
 * the project's document) and each project's trust history. A trust history
 * runs the rules again for every month, so each is started on another thread
 * as soon as the report starts, while the pages are built, and waited for
 * by the project's document.
 */
public final class Shared {

    private final Analysis analysis;
    private final Agenda agenda;
    private final Map<Project, CompletableFuture<TrustHistory>> histories;
    /** The agenda's items of each project, in the agenda's order. */
    private final Map<Project, List<AgendaItem>> byProject = new IdentityHashMap<>();

    private Shared(Analysis analysis, Agenda agenda, Map<Project, CompletableFuture<TrustHistory>> histories) {
        this.analysis = analysis;
        this.agenda = agenda;
        this.histories = histories;
        for (AgendaItem item : agenda.items()) {
            byProject.computeIfAbsent(item.project(), p -> new ArrayList<>()).add(item);
        }
    }

    /** Starts the trust histories of {@code projects}, then makes their agenda. */
    public static Shared start(Analysis analysis, List<Project> projects) {
        Map<Project, CompletableFuture<TrustHistory>> histories = new IdentityHashMap<>();
        for (Project project : projects) {
            histories.put(project, CompletableFuture.supplyAsync(() -> TrustHistory.of(analysis, project)));
        }
        return new Shared(analysis, Agenda.of(analysis, Agenda.DEFAULT_DAYS, projects), histories);
    }

    /** The agenda of every project of the report. */
    public Agenda agenda() {
        return agenda;
    }

    /**
     * The agenda of one project of the report, as {@code Agenda.of} would
     * make it for that project alone: each project's items are collected on
     * their own, so they are its items of the report's agenda, in the same
     * order; "now" is the project's.
     */
    Agenda agenda(Project project, LocalDateTime now) {
        return new Agenda(now, agenda.days(), List.copyOf(byProject.getOrDefault(project, List.of())));
    }

    /** The trust history of a project of the report (made here for any other project). */
    TrustHistory history(Project project) {
        CompletableFuture<TrustHistory> history = histories.get(project);
        return history == null ? TrustHistory.of(analysis, project) : join(history);
    }

    /** The result of work made on another thread; what went wrong there is thrown here as it was. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
