package org.touchbase.lsp.services;

import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.internal.Streams;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.touchbase.core.agenda.Agenda;
import org.touchbase.core.agenda.AgendaJson;
import org.touchbase.core.analysis.Analysis;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.text.SourceFile;
import org.touchbase.core.workspace.Project;

/**
 * {@code touchbase/agenda}: what to do across the workspace, by urgency —
 * the same items and the same JSON as {@code touchbase agenda --format json},
 * with each file named by its URI.
 */
public final class AgendaService {

    public static final String METHOD = "touchbase/agenda";

    /** How many items of each group the editor gets when it does not say: a view shows no more. */
    public static final int DEFAULT_LIMIT = 100;

    /** The request's parameters, all optional: {@code {days, projects, limit}}. */
    public static final class Params {
        public Integer days;
        public List<String> projects;
        /** At most this many items of each group; default {@link #DEFAULT_LIMIT}, 0 or less: all. */
        public Integer limit;

        public Params() {
        }

        public Params(Integer days, List<String> projects) {
            this.days = days;
            this.projects = projects;
        }
    }

    /**
     * The last agenda made, for the analysis and the parameters it was made from, and its JSON in the
     * language and with the limit it was last asked for (null until asked).
     */
    private record Made(Analysis analysis, int days, List<String> projects, Agenda agenda, Messages messages,
            Integer limit, Result result) {

        Made written(Messages language, Integer itemLimit) {
            return new Made(analysis, days, projects, agenda, language, itemLimit,
                    new Result(AgendaJson.of(agenda, language, SourceFile::id, itemLimit)));
        }
    }

    private volatile Made last;

    /** The agenda as documented in docs/agenda.md; every field is written, absent values as {@code null}. */
    @JsonAdapter(ResultJson.class)
    public static final class Result {
        public final JsonObject json;

        Result(JsonObject json) {
            this.json = json;
        }
    }

    static final class ResultJson extends TypeAdapter<Result> {
        @Override
        public void write(JsonWriter out, Result result) throws IOException {
            if (result == null) {
                out.nullValue();
                return;
            }
            boolean serializeNulls = out.getSerializeNulls();
            out.setSerializeNulls(true);
            Streams.write(result.json, out);
            out.setSerializeNulls(serializeNulls);
        }

        @Override
        public Result read(JsonReader in) throws IOException {
            return new Result(Streams.parse(in).getAsJsonObject());
        }
    }

    /**
     * The agenda of the analysis. While the workspace does not change, the
     * agenda is made once, and written as JSON once for each language and
     * limit asked for; a request then only sends it.
     */
    public Result agenda(Analysis analysis, Messages messages, Params params) {
        int days = params == null || params.days == null || params.days < 0 ? Agenda.DEFAULT_DAYS : params.days;
        List<String> wanted = params == null || params.projects == null ? List.of() : List.copyOf(params.projects);
        Integer limit = params == null || params.limit == null ? Integer.valueOf(DEFAULT_LIMIT)
                : params.limit <= 0 ? null : params.limit;
        Made made = last;
        if (made == null || made.analysis() != analysis || made.days() != days || !made.projects().equals(wanted)) {
            List<Project> projects = analysis.projects();
            if (!wanted.isEmpty()) {
                projects = projects.stream().filter(project -> wanted.contains(project.id())).toList();
            }
            made = new Made(analysis, days, wanted, Agenda.of(analysis, days, projects), null, null, null);
            last = made;
        }
        if (made.result() == null || made.messages() != messages || !Objects.equals(made.limit(), limit)) {
            made = made.written(messages, limit);
            last = made;
        }
        return made.result();
    }
}
