package org.touchbase.lsp;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Diagnostics as JSON, each written once. The publisher turns every
 * diagnostic into a {@link Written} one, on every core and reusing what it
 * wrote for the same diagnostic last time; the connection then appends that
 * text whole instead of escaping its message again character by character.
 * A diagnostic that carries related information or data (none of ours do)
 * is written by lsp4j's own adapter.
 */
final class DiagnosticJson {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private DiagnosticJson() {
    }

    /** A diagnostic with its JSON and a 64-bit hash of that JSON, which is all a client sees of it. */
    static final class Written extends Diagnostic {
        private final String json;
        private final long hash;

        Written(Diagnostic diagnostic) {
            setRange(diagnostic.getRange());
            setSeverity(diagnostic.getSeverity());
            setCode(diagnostic.getCode());
            setCodeDescription(diagnostic.getCodeDescription());
            setSource(diagnostic.getSource());
            setMessage(diagnostic.getMessage());
            setTags(diagnostic.getTags());
            setRelatedInformation(diagnostic.getRelatedInformation());
            setData(diagnostic.getData());
            this.json = simple(diagnostic) ? toJson(diagnostic) : null;
            this.hash = json == null ? diagnostic.hashCode() : DiagnosticJson.hash(json);
        }

        long hash() {
            return hash;
        }
    }

    /** Registered on the connection's Gson: writes a {@link Written} diagnostic as it was written. */
    static final TypeAdapterFactory FACTORY = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (!Diagnostic.class.isAssignableFrom(type.getRawType())) {
                return null;
            }
            TypeAdapter<Diagnostic> lsp4j = gson.getDelegateAdapter(this, TypeToken.get(Diagnostic.class));
            return (TypeAdapter<T>) new TypeAdapter<Diagnostic>() {
                @Override
                public void write(JsonWriter out, Diagnostic diagnostic) throws IOException {
                    if (diagnostic instanceof Written written && written.json != null) {
                        out.jsonValue(written.json);
                    } else {
                        lsp4j.write(out, diagnostic);
                    }
                }

                @Override
                public Diagnostic read(JsonReader in) throws IOException {
                    return lsp4j.read(in);
                }
            };
        }
    };

    private static boolean simple(Diagnostic diagnostic) {
        return diagnostic.getRelatedInformation() == null && diagnostic.getData() == null
                && diagnostic.getRange() != null && diagnostic.getMessage() != null;
    }

    /** The JSON lsp4j writes for a diagnostic without related information or data, member for member. */
    static String toJson(Diagnostic diagnostic) {
        StringWriter text = new StringWriter(128 + diagnostic.getMessage().length());
        try (JsonWriter out = new JsonWriter(text)) {
            out.beginObject();
            out.name("range");
            range(out, diagnostic.getRange());
            if (diagnostic.getSeverity() != null) {
                out.name("severity").value(diagnostic.getSeverity().getValue());
            }
            if (diagnostic.getCode() != null) {
                out.name("code");
                if (diagnostic.getCode().isLeft()) {
                    out.value(diagnostic.getCode().getLeft());
                } else {
                    out.value(diagnostic.getCode().getRight());
                }
            }
            if (diagnostic.getCodeDescription() != null) {
                out.name("codeDescription").beginObject().name("href")
                        .value(diagnostic.getCodeDescription().getHref()).endObject();
            }
            if (diagnostic.getSource() != null) {
                out.name("source").value(diagnostic.getSource());
            }
            out.name("message").value(diagnostic.getMessage());
            if (diagnostic.getTags() != null) {
                out.name("tags").beginArray();
                for (DiagnosticTag tag : diagnostic.getTags()) {
                    out.value(tag.getValue());
                }
                out.endArray();
            }
            out.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void range(JsonWriter out, Range range) throws IOException {
        out.beginObject();
        out.name("start");
        position(out, range.getStart());
        out.name("end");
        position(out, range.getEnd());
        out.endObject();
    }

    private static void position(JsonWriter out, Position position) throws IOException {
        out.beginObject().name("line").value(position.getLine()).name("character").value(position.getCharacter())
                .endObject();
    }

    /** FNV-1a over the characters: 64 bits, so two different texts share it about once in 2^64. */
    static long hash(String text) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }
}
