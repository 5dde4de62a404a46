package org.touchbase.cli;

import java.util.concurrent.Callable;
import org.touchbase.lsp.TouchbaseLanguageServer;
import picocli.CommandLine.Command;

/** {@code touchbase lsp}: the language server, speaking LSP over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server over standard input and output (for editors).")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        return TouchbaseLanguageServer.launch(System.in, System.out);
    }
}
