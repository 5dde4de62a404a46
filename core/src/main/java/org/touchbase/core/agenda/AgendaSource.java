package org.touchbase.core.agenda;

/**
 * One kind of thing the knowledge base says is due. Each source asks the
 * same queries as the rules (and takes the rules' findings for what is
 * already late): it never decides on its own what is due.
 */
public interface AgendaSource {

    /** Adds this source's items for the project of {@code context}. */
    void collect(AgendaContext context);
}
