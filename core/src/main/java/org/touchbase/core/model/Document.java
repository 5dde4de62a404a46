package org.touchbase.core.model;

import java.util.List;
import org.touchbase.core.diagnostics.Finding;
import org.touchbase.core.text.SourceFile;

/**
 * One parsed file: its blocks, the language findings that need no other file
 * ({@code syntax}, {@code invalid-date}, most of {@code invalid-use}), and its
 * suppression comments.
 */
public record Document(SourceFile file, List<Block> blocks, List<Finding> findings,
        List<Suppression> suppressions) {
}
