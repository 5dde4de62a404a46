package org.touchbase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.workspace.Project;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.render.HtmlRenderer;

/**
 * The documents of one report share their agenda and trust histories, made
 * once (the histories and the portfolio page on other threads): each is
 * still the document made on its own.
 */
class DocumentsOfAReportTest {

    @Test
    void eachDocumentIsTheOneMadeOnItsOwn() throws IOException {
        Analysis analysis = Workspaces.samples();
        for (String language : List.of("en", "ru")) {
            Messages messages = Messages.forLanguage(language);
            List<ReportFile> files = ReportGenerator.generate(analysis, messages, ReportFormat.HTML, null);
            assertEquals(ReportGenerator.indexHtml(analysis, messages), files.get(0).content());
            Inline.Link back = new Inline.Link(messages.get("report.back"), "index.html");
            for (ReportFile file : files.subList(1, files.size())) {
                Project project = analysis.knowledgeBase().project(file.project());
                assertEquals(HtmlRenderer.render(ReportGenerator.projectPage(analysis, project, messages, back)),
                        file.content(), file.name());
            }
        }
    }
}
