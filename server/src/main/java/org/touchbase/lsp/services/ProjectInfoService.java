package org.touchbase.lsp.services;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.diagnostics.Severity;
import org.touchbase.core.model.Block;
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
    @JsonAdapter(ProjectInfoJson.class)
    public static final class ProjectInfo {
        public String project;
        public String title;
        public Integer trust;
        public int errors;
        public int warnings;
    }

    /** Writes every field, an unknown trust as an explicit {@code null}. */
    static final class ProjectInfoJson extends TypeAdapter<ProjectInfo> {
        @Override
        public void write(JsonWriter out, ProjectInfo info) throws IOException {
            if (info == null) {
                out.nullValue();
                return;
            }
            boolean serializeNulls = out.getSerializeNulls();
            out.setSerializeNulls(true);
            out.beginObject();
            out.name("project").value(info.project);
            out.name("title").value(info.title);
            out.name("trust").value(info.trust);
            out.name("errors").value(info.errors);
            out.name("warnings").value(info.warnings);
            out.endObject();
            out.setSerializeNulls(serializeNulls);
        }

        @Override
        public ProjectInfo read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            ProjectInfo info = new ProjectInfo();
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    continue;
                }
                switch (name) {
                    case "project" -> info.project = in.nextString();
                    case "title" -> info.title = in.nextString();
                    case "trust" -> info.trust = in.nextInt();
                    case "errors" -> info.errors = in.nextInt();
                    case "warnings" -> info.warnings = in.nextInt();
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return info;
        }
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
