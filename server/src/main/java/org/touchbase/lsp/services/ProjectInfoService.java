package org.touchbase.lsp.services;

import org.touchbase.core.model.Block;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Severity;
import org.touchbase.core.workspace.Project;
import org.touchbase.lsp.DocumentContext;

/**
 * {@code touchbase/projectInfo}: what an editor's status bar shows for a
 * document — its first project, the project's trust and how many errors and
 * warnings it has.
 */
public final class ProjectInfoService {

    public static final String METHOD = "touchbase/projectInfo";

    /** The request's parameters: {@code {uri}}. */
    public static final class Params {
        public String uri;

        public Params() {
        }

        public Params(String uri) {
            this.uri = uri;
        }
    }

    /** {@code {project, title, trust, errors, warnings}}; trust is 0..100, or null when unknown. */
    public static final class ProjectInfo {
        public String project;
        public String title;
        public Integer trust;
        public int errors;
        public int warnings;
    }

    /** The first project the document declares or continues, or null. */
    public ProjectInfo info(DocumentContext context) {
        for (Block block : context.document().blocks()) {
            Project project = context.analysis().knowledgeBase().projectOf(block);
            if (project != null) {
                ProjectInfo info = new ProjectInfo();
                info.project = project.id();
                info.title = project.title();
                info.trust = context.analysis().trust(project).percent();
                for (Finding finding : context.analysis().findingsOf(project)) {
                    if (finding.severity() == Severity.ERROR) {
                        info.errors++;
                    } else if (finding.severity() == Severity.WARNING) {
                        info.warnings++;
                    }
                }
                return info;
            }
        }
        return null;
    }
}
