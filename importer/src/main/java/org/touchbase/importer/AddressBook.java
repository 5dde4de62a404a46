package org.touchbase.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Text;
import org.touchbase.core.workspace.KnowledgeBase;
import org.touchbase.core.workspace.Project;

/**
 * Who an address is: a client person of one or more projects (by the
 * person's {@code email}), or us. "Us" is every pattern of
 * {@code touchbase.json}'s {@code "ourAddresses"} (a whole address, or
 * {@code @domain} for a whole domain) and every email of our own team as the
 * knowledge base declares it (see {@link #ourEmails}).
 */
final class AddressBook {

    /** A client person of a project. */
    record Client(Project project, Person person) {
    }

    private final Map<String, List<Client>> clients = new HashMap<>();
    private final Set<String> ourAddresses = new LinkedHashSet<>();
    private final Set<String> ourDomains = new LinkedHashSet<>();

    AddressBook(KnowledgeBase knowledgeBase, List<String> ourPatterns) {
        for (Project project : knowledgeBase.projects()) {
            for (Person person : project.people()) {
                for (String address : split(person.email())) {
                    List<Client> known = clients.computeIfAbsent(address, a -> new ArrayList<>());
                    if (known.stream().noneMatch(c -> c.project() == project)) {
                        known.add(new Client(project, person));
                    }
                }
            }
        }
        for (String pattern : ourPatterns) {
            addOurs(pattern);
        }
        for (String email : ourEmails(knowledgeBase)) {
            addOurs(email);
        }
    }

    /**
     * The addresses of our own team in the knowledge base. Language version 2's
     * {@code member}s add theirs here, one line:
     * {@code project.members().forEach(m -> emails.addAll(split(m.email())))}.
     */
    private static List<String> ourEmails(KnowledgeBase knowledgeBase) {
        List<String> emails = new ArrayList<>();
        return emails;
    }

    private void addOurs(String pattern) {
        String normalized = pattern.strip().toLowerCase(Locale.ROOT);
        if (normalized.startsWith("@")) {
            ourDomains.add(normalized.substring(1));
        } else if (!normalized.isEmpty()) {
            ourAddresses.add(normalized);
        }
    }

    /** The client people with this address, one per project, in workspace order. */
    List<Client> clients(String address) {
        return clients.getOrDefault(address, List.of());
    }

    boolean isOurs(String address) {
        if (ourAddresses.contains(address)) {
            return true;
        }
        int at = address.lastIndexOf('@');
        return at >= 0 && ourDomains.contains(address.substring(at + 1));
    }

    /** A person's {@code email}: one address, or several separated by commas, semicolons or spaces. */
    static List<String> split(Text email) {
        List<String> addresses = new ArrayList<>();
        if (email == null) {
            return addresses;
        }
        for (String part : email.value().split("[,;\\s]+")) {
            String address = part.strip().toLowerCase(Locale.ROOT);
            if (address.startsWith("mailto:")) {
                address = address.substring(7);
            }
            if (address.contains("@")) {
                addresses.add(address);
            }
        }
        return addresses;
    }
}
