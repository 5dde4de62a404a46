package org.touchbase.report.doc;

import java.util.List;

/**
 * One status document: its language, its title, the header lines under the
 * title, its sections and a footer.
 *
 * @param back a link back to the portfolio page, or null
 */
public record Page(String language, String title, Line subtitle, Inline.Link back, List<Block> header,
        List<Block.Section> sections, Line footer) {

    public Page {
        header = List.copyOf(header);
        sections = List.copyOf(sections);
    }
}
