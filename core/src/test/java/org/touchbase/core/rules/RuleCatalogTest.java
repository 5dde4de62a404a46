package org.touchbase.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule the registry knows has what CONTRIBUTING.md asks of a new one:
 * a page in docs/rules/, a line in the rules' index and in the reference.
 * Its texts in English and Russian are checked by {@code MessagesTest}.
 */
class RuleCatalogTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void everyRuleHasItsPageAndIsListed() throws IOException {
        String index = Files.readString(DOCS.resolve("rules/README.md"), StandardCharsets.UTF_8);
        String reference = Files.readString(DOCS.resolve("reference.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (RuleInfo rule : Rules.all()) {
            Path page = DOCS.resolve("rules/" + rule.id() + ".md");
            if (!Files.isRegularFile(page)) {
                missing.add(page.toString());
            } else if (!Files.readString(page, StandardCharsets.UTF_8).startsWith("# `" + rule.id() + "`")) {
                missing.add(page + ": the title names the rule");
            }
            if (!index.contains("[`" + rule.id() + "`](" + rule.id() + ".md)")) {
                missing.add("docs/rules/README.md: " + rule.id());
            }
            if (!reference.contains("`" + rule.id() + "`")) {
                missing.add("docs/reference.md: " + rule.id());
            }
        }
        assertEquals(List.of(), missing);
    }
}
