import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the class lists of several training runs ({@code -XX:DumpLoadedClassList})
 * into one for {@code -Xshare:dump}: every line once, in the order first seen,
 * comments left out. The JVM needs each line once (a lambda listed twice
 * stops the dump). Run by the build in source-file mode:
 * {@code java MergeClassLists.java OUT IN...}.
 */
public final class MergeClassLists {

    private MergeClassLists() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: java MergeClassLists.java OUT IN...");
        }
        Set<String> lines = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        List<String> merged = new ArrayList<>(lines);
        Files.write(Path.of(args[0]), merged, StandardCharsets.UTF_8);
    }
}
