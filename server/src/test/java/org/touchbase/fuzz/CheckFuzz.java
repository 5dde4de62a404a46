package org.touchbase.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.touchbase.cli.Main;

/** {@code check} says the same, byte for byte, on every run and whatever the order of the files given. */
class CheckFuzz {

    private static final List<String> SEEDS = Mutants.seeds();
    private static final List<String> NAMES = List.of("a.client", "b.client", "ж.client", "Б.client", "dir/c.client",
            "dir/ё.client", "z z.client", "A.client", "dir-x.client", "dir.x/d.client");

    @Property
    void checkIsTheSameOnEveryRunAndInEveryOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int count)
            throws IOException {
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory("touchbase-fuzz");
        try {
            List<Path> files = new ArrayList<>();
            List<String> names = new ArrayList<>(NAMES);
            Collections.shuffle(names, random);
            for (String name : names.subList(0, count)) {
                Path file = dir.resolve(name);
                Files.createDirectories(file.getParent());
                String text = Mutants.mutate(Mutants.seed(SEEDS, random), random, random.nextInt(3));
                Files.write(file, text.getBytes(StandardCharsets.UTF_8));
                files.add(file);
            }
            String folder = check("text", List.of(dir.toString()));
            assertEquals(folder, check("text", List.of(dir.toString())), "the same on every run");
            for (String format : List.of("text", "json")) {
                List<String> given = new ArrayList<>(files.stream().map(Path::toString).toList());
                Collections.shuffle(given, random);
                String shuffled = check(format, given);
                Collections.reverse(given);
                assertEquals(shuffled, check(format, given), "the same in every order of the files");
                if (format.equals("text")) {
                    assertEquals(folder, shuffled, "the same for the folder as for its files");
                }
            }
        } finally {
            delete(dir);
        }
    }

    private static String check(String format, List<String> paths) {
        List<String> args = new ArrayList<>(List.of("check", "--today", "2026-11-20", "--locale", "en",
                "--format", format));
        args.addAll(paths);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), err::toString);
        return code + "\n" + out + "\n" + err;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
