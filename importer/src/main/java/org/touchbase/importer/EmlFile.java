package org.touchbase.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A single message in a file ({@code .eml}, or one file of a Maildir). */
record EmlFile(Path path, String name) implements MessageSource {

    @Override
    public void messages(Visitor visitor) throws IOException {
        visitor.message(1, Files.readAllBytes(path));
    }
}
