package org.touchbase.lsp.services.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.model.Summary;
import org.touchbase.core.syntax.StringLiterals;

/**
 * The text of the items the code actions insert, as lines with their
 * relative indentation ({@code unit} per level). The strings a manager is
 * to fill in are left empty.
 */
public final class Templates {

    private Templates() {
    }

    /** A string literal of the language holding {@code value}. */
    public static String quote(String value) {
        return StringLiterals.quoteOnOneLine(value);
    }

    /**
     * {@code summary KIND { decision, one action per attendee, question, next }};
     * each action gets its id from {@code actionIds}, so that a reminder can
     * name it later.
     */
    public static List<String> summary(Summary.Kind kind, List<String> attendees, List<String> actionIds,
            LocalDate due, String unit) {
        List<String> lines = new ArrayList<>();
        lines.add("summary " + (kind == Summary.Kind.FINAL ? "final" : "interim") + " {");
        lines.add(unit + "decision \"\"");
        for (int i = 0; i < attendees.size(); i++) {
            lines.add(unit + "action " + actionIds.get(i) + " \"\" owner " + attendees.get(i) + " due " + due);
        }
        lines.add(unit + "question \"\"");
        lines.add(unit + "next " + due);
        lines.add("}");
        return lines;
    }

    /** A touch we start, with its purpose, benefit and further body items. */
    public static List<String> touch(LocalDate date, String kind, String direction, List<String> people,
            String title, String purpose, String benefit, List<String> items, String unit) {
        List<String> lines = new ArrayList<>();
        String header = header(date, kind, direction, people, null, title);
        boolean body = purpose != null || benefit != null || !items.isEmpty();
        lines.add(body ? header + " {" : header);
        if (body) {
            if (purpose != null) {
                lines.add(unit + "purpose " + quote(purpose));
            }
            if (benefit != null) {
                lines.add(unit + "benefit " + quote(benefit));
            }
            for (String item : items) {
                lines.add(unit + item);
            }
            lines.add("}");
        }
        return lines;
    }

    /** {@code touch DATE KIND DIRECTION PEOPLE [re ID] ["TITLE"]}. */
    public static String header(LocalDate date, String kind, String direction, List<String> people, String re,
            String title) {
        return "touch " + date + " " + kind + " " + direction + " " + String.join(", ", people)
                + (re == null ? "" : " re " + re) + (title == null ? "" : " " + quote(title));
    }

    /**
     * {@code count} ids for actions that the project does not use yet (in
     * the namespace actions share with expectations): {@code a1}, {@code a2} …
     */
    public static List<String> actionIds(org.touchbase.core.workspace.Project project, int count) {
        List<String> ids = new ArrayList<>();
        for (int n = 1; ids.size() < count; n++) {
            String id = "a" + n;
            if (project == null || project.obligation(id) == null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** {@code person ID "" { role "" decides goal "" }}. */
    public static List<String> decisionMaker(String id, String unit) {
        return List.of("person " + id + " \"\" {", unit + "role \"\"", unit + "decides", unit + "goal \"\"", "}");
    }
}
