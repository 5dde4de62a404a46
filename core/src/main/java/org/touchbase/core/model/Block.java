package org.touchbase.core.model;

import java.util.List;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.text.Span;

/**
 * A {@code project} block or a {@code log} block that continues a project,
 * with its items in source order by kind. Attributes that a log may not set
 * are null there: among them the pause's {@code until} ({@code pause})
 * and the launch dates before the current one ({@code launchWas}, newest
 * first, as written).
 */
public record Block(SourceFile file, Span span, Kind kind, Name name, Text title, Text client, Text manager,
        Status status, Day starts, Day launch, Length respondWithin, Length cadence, Length remindEvery,
        Length confirmWithin, List<Goal> goals, List<Person> people, List<Source> sources, List<Step> steps,
        List<Span> plans, List<Scenario> scenarios, List<Touch> touches, List<Expectation> expectations,
        List<Member> members, Pause pause, List<Day> launchWas) implements Element {

    public enum Kind { PROJECT, LOG }

    public boolean isProject() {
        return kind == Kind.PROJECT;
    }

    @Override
    public Span focus() {
        return name != null ? name.span() : span;
    }
}
