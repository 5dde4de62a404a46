package org.touchbase.cli;

import java.util.concurrent.Callable;
import org.touchbase.lsp.TouchbaseLanguageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code touchbase lsp}: the language server, speaking LSP over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server over standard input and output (for editors).")
final class LspCommand implements Callable<Integer> {

    /** Many clients pass {@code --stdio}; standard input and output is the only transport, so it changes nothing. */
    @Option(names = "--stdio", description = "Accepted for clients that pass it; the server always speaks over stdio.")
    boolean stdio;

    @Override
    public Integer call() throws Exception {
        return TouchbaseLanguageServer.launch(System.in, System.out);
    }
}
