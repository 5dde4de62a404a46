package org.touchbase.report.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The format-neutral content of a status document. Sections build these;
 * {@code HtmlRenderer} and {@code MarkdownRenderer} turn them into text.
 */
public sealed interface Block {

    /** A numbered section of a document with its own anchor. */
    record Section(String anchor, String title, List<Block> body) implements Block {
        public Section {
            body = List.copyOf(body);
        }
    }

    /** A heading inside a section. */
    record Subheading(Line text) implements Block {
    }

    record Paragraph(Line text) implements Block {
    }

    /** What is shown instead of data that is not there. */
    record Empty(Line text) implements Block {
    }

    /** Label and value pairs: the facts of a project. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String label, Line value) {
    }

    record Bullets(List<Line> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table; the headers are the report's own labels. */
    record Table(List<String> headers, List<List<Line>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Dated events in order, each with a tone: the plan to launch. */
    record Timeline(List<Event> events) implements Block {
        public Timeline {
            events = List.copyOf(events);
        }
    }

    record Event(Tone tone, String date, Line text, Line state) {
    }

    /**
     * A line chart from 0 to 100 over labelled points; a null value is
     * unknown and leaves a gap.
     */
    record LineChart(String title, List<String> labels, List<Series> series) implements Block {
        public LineChart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }
    }

    record Series(String name, List<Integer> values) {
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** A stacked bar chart of counts: one bar per label, one stack per series. */
    record BarChart(String title, List<String> labels, List<Series> series) implements Block {
        public BarChart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }
    }

    /** Content folded away on screen (open in print). */
    record Details(String summary, List<Block> body) implements Block {
        public Details {
            body = List.copyOf(body);
        }
    }
}
