package org.touchbase.core.agenda;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.Parallel;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.analysis.Settings;
import org.touchbase.core.workspace.Project;

/**
 * What to do, across the projects of a workspace, by urgency: what is late
 * (oldest first), what is due today, within the next {@code days} days, and
 * soon after (within the project's cadence). Built from an {@link Analysis}
 * at each project's "now", by the {@link AgendaSource}s.
 */
public record Agenda(LocalDateTime now, int days, List<AgendaItem> items) {

    public static final int DEFAULT_DAYS = 7;

    /** Every source, one per kind of item. */
    private static final List<AgendaSource> SOURCES = List.of(new ReplyItems(), new ObligationItems(),
            new ActionItems(), new QuestionItems(), new StepItems(), new SummaryItems(), new PlannedTouchItems(),
            new NextTouchItems(), new CadenceItems(), new KeyPersonItems(), new PauseItems(), new LaunchItems());

    private static final Comparator<AgendaItem> ORDER = Agenda::compare;

    /** The agenda of every project of the analysis. */
    public static Agenda of(Analysis analysis, int days) {
        return of(analysis, days, analysis.projects());
    }

    /**
     * The agenda of some projects. Its "now" is the first project's (every
     * project is measured against its own); with no project, the clock's.
     */
    public static Agenda of(Analysis analysis, int days, Collection<Project> projects) {
        List<Project> all = List.copyOf(projects);
        @SuppressWarnings("unchecked")
        List<AgendaItem>[] found = new List[all.size()];
        // Projects are independent: collect them in parallel when there are many, as the analysis does.
        Parallel.indexes(all.size()).forEach(i -> {
            Settings settings = analysis.settings(all.get(i));
            List<AgendaItem> sink = new ArrayList<>();
            if (settings != null) {
                AgendaContext context = new AgendaContext(all.get(i), settings, days, analysis::findingsAbout, sink);
                for (AgendaSource source : SOURCES) {
                    source.collect(context);
                }
            }
            found[i] = sink;
        });
        List<AgendaItem> items = new ArrayList<>();
        LocalDateTime now = null;
        for (int i = 0; i < all.size(); i++) {
            items.addAll(found[i]);
            if (now == null && analysis.settings(all.get(i)) != null) {
                now = analysis.settings(all.get(i)).now();
            }
        }
        AgendaItem[] sorted = items.toArray(new AgendaItem[0]);
        Arrays.parallelSort(sorted, ORDER);
        return new Agenda(now != null ? now : LocalDateTime.now(), days, List.of(sorted));
    }

    /**
     * The agenda's order: by urgency, day, time of day (all-day first), project, file, place and kind.
     * Written out rather than chained: tens of thousands of items are sorted with it.
     */
    private static int compare(AgendaItem a, AgendaItem b) {
        int order = a.urgency().compareTo(b.urgency());
        if (order == 0) {
            order = a.date().compareTo(b.date());
        }
        if (order == 0 && a.time() != b.time()) {
            order = a.time() == null ? -1 : b.time() == null ? 1 : a.time().compareTo(b.time());
        }
        if (order == 0) {
            order = a.project().id().compareTo(b.project().id());
        }
        if (order == 0) {
            order = a.file().id().compareTo(b.file().id());
        }
        if (order == 0) {
            order = Integer.compare(a.span().start(), b.span().start());
        }
        return order != 0 ? order : a.kind().compareTo(b.kind());
    }

    public List<AgendaItem> items(Urgency urgency) {
        return items.stream().filter(item -> item.urgency() == urgency).toList();
    }

    /** How many items each group has, every group present. */
    public Map<Urgency, Integer> counts() {
        Map<Urgency, Integer> counts = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            counts.put(urgency, 0);
        }
        for (AgendaItem item : items) {
            counts.merge(item.urgency(), 1, Integer::sum);
        }
        return counts;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
