package org.touchbase.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.junit.jupiter.api.Test;

/** A diagnostic written once as JSON is what lsp4j would have written for it, member for member. */
class DiagnosticJsonTest {

    private final Gson lsp4j = new MessageJsonHandler(Map.of()).getGson();
    private final Gson ours = new MessageJsonHandler(Map.of(),
            builder -> builder.registerTypeAdapterFactory(DiagnosticJson.FACTORY)).getGson();

    private static Diagnostic diagnostic(String message) {
        Diagnostic diagnostic = new Diagnostic(new Range(new Position(3, 2), new Position(3, 9)), message,
                DiagnosticSeverity.Warning, "touchbase");
        diagnostic.setCode("late-reply");
        diagnostic.setCodeDescription(new DiagnosticCodeDescription("https://example.org/rules/late-reply.md"));
        diagnostic.setTags(List.of(DiagnosticTag.Unnecessary));
        return diagnostic;
    }

    @Test
    void writtenJsonIsLsp4jsJson() {
        for (String message : List.of("Ответ опоздал на 2 дня: «Сроки?»", "quotes \" and \\ and \n and <b>&",
                "")) {
            Diagnostic diagnostic = diagnostic(message);
            assertEquals(lsp4j.toJsonTree(diagnostic),
                    JsonParser.parseString(ours.toJson(new DiagnosticJson.Written(diagnostic), Diagnostic.class)));
        }
    }

    @Test
    void aDiagnosticWithoutCodeOrTagsToo() {
        Diagnostic plain = new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), "x");
        assertEquals(lsp4j.toJsonTree(plain),
                JsonParser.parseString(ours.toJson(new DiagnosticJson.Written(plain), Diagnostic.class)));
    }

    @Test
    void relatedInformationIsLeftToLsp4j() {
        Diagnostic related = diagnostic("see there");
        related.setRelatedInformation(List.of(new DiagnosticRelatedInformation(
                new Location("file:///a.client", new Range(new Position(1, 0), new Position(1, 2))), "there")));
        assertEquals(lsp4j.toJsonTree(related),
                JsonParser.parseString(ours.toJson(new DiagnosticJson.Written(related), Diagnostic.class)));
    }

    @Test
    void readingIsLsp4jsReading() {
        String json = lsp4j.toJson(diagnostic("read me"));
        assertEquals(lsp4j.fromJson(json, Diagnostic.class), ours.fromJson(json, Diagnostic.class));
    }

    @Test
    void theHashFollowsTheJson() {
        assertEquals(new DiagnosticJson.Written(diagnostic("a")).hash(),
                new DiagnosticJson.Written(diagnostic("a")).hash());
        assertNotEquals(new DiagnosticJson.Written(diagnostic("a")).hash(),
                new DiagnosticJson.Written(diagnostic("b")).hash());
    }
}
