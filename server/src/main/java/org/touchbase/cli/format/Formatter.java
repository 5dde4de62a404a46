package org.touchbase.cli.format;

import java.io.PrintWriter;

/** Writes the findings of a check in one format. */
public interface Formatter {

    void write(CheckReport report, PrintWriter out);
}
