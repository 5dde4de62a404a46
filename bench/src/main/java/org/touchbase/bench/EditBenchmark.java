package org.touchbase.bench;

/**
 * The edit part of {@link LspBenchmark} alone, for profiling: time from an
 * incremental edit in a 20,000-touch file to its published diagnostics, then
 * completion latency, with the server in this process.
 *
 * <p>Usage: {@code EditBenchmark [EDITS [ROUNDS]]}; each round opens the file afresh and makes EDITS edits.
 */
public final class EditBenchmark {

    private EditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int i = 0; i < rounds; i++) {
            LspBenchmark.editLatency(edits);
        }
    }
}
