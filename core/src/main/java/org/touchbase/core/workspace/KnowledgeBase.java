package org.touchbase.core.workspace;

import java.util.List;
import java.util.Map;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.text.SourceFile;

/**
 * The linked workspace: every document, every project with its logs merged,
 * every reference with its target, every declaration and use of a name,
 * and the linking findings ({@code unknown-reference}, {@code duplicate-id},
 * {@code invalid-use}).
 */
public record KnowledgeBase(List<Document> documents, List<Project> projects, Map<String, Project> projectsById,
        Map<Block, Project> projectsByBlock, List<Reference> references, List<Finding> findings, Names names) {

    public Project project(String id) {
        return projectsById.get(id);
    }

    /** The project a block belongs to; null for a duplicate project or a log of an unknown one. */
    public Project projectOf(Block block) {
        return projectsByBlock.get(block);
    }

    public Document document(SourceFile file) {
        for (Document document : documents) {
            if (document.file().equals(file)) {
                return document;
            }
        }
        return null;
    }
}
