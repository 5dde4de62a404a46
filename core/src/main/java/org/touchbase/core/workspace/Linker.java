package org.touchbase.core.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Block;
import org.touchbase.core.model.Document;
import org.touchbase.core.model.Element;
import org.touchbase.core.model.Expectation;
import org.touchbase.core.model.Goal;
import org.touchbase.core.model.Name;
import org.touchbase.core.model.Person;
import org.touchbase.core.model.Step;
import org.touchbase.core.model.Summary;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.Finding;
import org.touchbase.core.rules.Message;
import org.touchbase.core.rules.RuleIds;
import org.touchbase.core.rules.Severity;
import org.touchbase.core.text.FileIds;
import org.touchbase.core.text.SourceFile;

/**
 * Links the documents of a workspace into one knowledge base: merges each
 * project with its logs, declares names (the first declaration counts), and
 * resolves every reference.
 */
public final class Linker {

    private final List<Finding> findings = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final DidYouMean didYouMean = new DidYouMean();

    private Linker() {
    }

    /** Links documents; they are taken in order of their file ids, so the result does not depend on the caller's order. */
    public static KnowledgeBase link(List<Document> documents) {
        List<Document> ordered = new ArrayList<>(documents);
        ordered.sort(Comparator.comparing(document -> document.file().id(), FileIds.ORDER));
        return new Linker().run(List.copyOf(ordered));
    }

    private KnowledgeBase run(List<Document> documents) {
        Map<String, Project> projects = new LinkedHashMap<>();
        Map<String, List<Block>> blocks = new HashMap<>();
        for (Document document : documents) {
            for (Block block : document.blocks()) {
                if (!block.isProject()) {
                    continue;
                }
                Project first = projects.get(block.name().text());
                if (first != null) {
                    duplicate(block.file(), block.name(), first.declaration().file(), first.declaration().name());
                    continue;
                }
                List<Block> projectBlocks = new ArrayList<>();
                projectBlocks.add(block);
                blocks.put(block.name().text(), projectBlocks);
                projects.put(block.name().text(), new Project(block, projectBlocks));
            }
        }
        Map<Block, Project> byBlock = new java.util.IdentityHashMap<>();
        for (Document document : documents) {
            for (Block block : document.blocks()) {
                Project project = projects.get(block.name().text());
                if (block.isProject()) {
                    if (project != null && project.declaration() == block) {
                        byBlock.put(block, project);
                    }
                    continue;
                }
                references.add(new Reference(block.file(), block.name(), Reference.Kind.PROJECT, project,
                        project == null ? null : project.declaration()));
                if (project == null) {
                    unknown(block.file(), block.name(), Reference.Kind.PROJECT, null, projects.keySet());
                } else {
                    blocks.get(block.name().text()).add(block);
                    byBlock.put(block, project);
                }
            }
        }
        for (Project project : projects.values()) {
            declare(project);
        }
        for (Project project : projects.values()) {
            resolve(project);
        }
        List<Project> projectList = List.copyOf(projects.values());
        return new KnowledgeBase(documents, projectList, Map.copyOf(projects),
                java.util.Collections.unmodifiableMap(byBlock),
                List.copyOf(references), List.copyOf(findings));
    }

    private void declare(Project project) {
        for (Block block : project.blocks()) {
            project.goals.addAll(block.goals());
            for (Goal goal : block.goals()) {
                declare(project.goalsById, goal.id(), goal);
            }
            for (Person person : block.people()) {
                if (declare(project.peopleById, person.id(), person)) {
                    project.people.add(person);
                    for (Goal goal : person.goals()) {
                        declare(project.goalsById, goal.id(), goal);
                    }
                }
            }
            project.sources.addAll(block.sources());
            for (Step step : block.steps()) {
                if (declare(project.stepsById, step.id(), step)) {
                    project.steps.add(step);
                }
            }
            project.scenarios.addAll(block.scenarios());
            for (Touch touch : block.touches()) {
                project.touches.add(touch);
                declare(project.touchesById, touch.id(), touch);
                for (Agreement agreement : touch.agreements()) {
                    declare(project.agreementsById, agreement.id(), agreement);
                    project.agreementTouches.put(agreement, touch);
                }
            }
            for (Expectation expectation : block.expectations()) {
                if (declare(project.expectationsById, expectation.id(), expectation)) {
                    project.expectations.add(expectation);
                }
            }
        }
    }

    /** Declares a name; a second declaration is a {@code duplicate-id} and does not count. */
    private <T extends Element> boolean declare(Map<String, T> namespace, Name id, T element) {
        if (id == null) {
            return true;
        }
        T first = namespace.putIfAbsent(id.text(), element);
        if (first == null) {
            return true;
        }
        duplicate(element.file(), id, first.file(), nameOf(first));
        return false;
    }

    private static Name nameOf(Element element) {
        if (element instanceof Person person) {
            return person.id();
        } else if (element instanceof Touch touch) {
            return touch.id();
        } else if (element instanceof Agreement agreement) {
            return agreement.id();
        } else if (element instanceof Expectation expectation) {
            return expectation.id();
        } else if (element instanceof Step step) {
            return step.id();
        } else if (element instanceof Goal goal) {
            return goal.id();
        } else if (element instanceof Block block) {
            return block.name();
        }
        return null;
    }

    private void resolve(Project project) {
        for (Touch touch : project.touches()) {
            for (Name person : touch.people()) {
                person(project, touch.file(), person);
            }
            if (touch.replyTo() != null) {
                Touch target = resolve(project, touch.file(), touch.replyTo(), Reference.Kind.TOUCH,
                        project.touchesById);
                if (target != null) {
                    if (!target.isIncoming()) {
                        findings.add(new Finding(RuleIds.INVALID_USE, Severity.ERROR, touch.file(),
                                touch.replyTo().span(), Message.of("invalidUse.reNotIncoming", target.id().text()),
                                touch));
                    }
                    project.replies.computeIfAbsent(target, t -> new ArrayList<>()).add(touch);
                }
            }
            for (Name confirmed : touch.confirms()) {
                Agreement agreement = resolve(project, touch.file(), confirmed, Reference.Kind.AGREEMENT,
                        project.agreementsById);
                if (agreement != null) {
                    project.confirmations.computeIfAbsent(agreement, a -> new ArrayList<>()).add(touch);
                }
            }
            for (Name reminded : touch.reminds()) {
                Expectation expectation = resolve(project, touch.file(), reminded, Reference.Kind.EXPECTATION,
                        project.expectationsById);
                if (expectation != null) {
                    project.reminders.computeIfAbsent(expectation, e -> new ArrayList<>()).add(touch);
                }
            }
            for (Summary summary : touch.summaries()) {
                for (Summary.Action action : summary.actions()) {
                    if (action.owner() != null) {
                        person(project, touch.file(), action.owner());
                    }
                }
            }
        }
        for (Expectation expectation : project.expectations()) {
            if (expectation.from() != null) {
                person(project, expectation.file(), expectation.from());
            }
        }
    }

    private void person(Project project, SourceFile file, Name name) {
        resolve(project, file, name, Reference.Kind.PERSON, project.peopleById);
    }

    private <T extends Element> T resolve(Project project, SourceFile file, Name name, Reference.Kind kind,
            Map<String, T> namespace) {
        T target = namespace.get(name.text());
        references.add(new Reference(file, name, kind, project, target));
        if (target == null) {
            unknown(file, name, kind, project, namespace.keySet());
        }
        return target;
    }

    private void unknown(SourceFile file, Name name, Reference.Kind kind, Project project,
            java.util.Collection<String> candidates) {
        String suggestion = didYouMean.suggest(name.text(), candidates);
        String key = "unknownReference." + kind.name().toLowerCase(java.util.Locale.ROOT);
        Message what = project == null ? Message.of(key, name.text()) : Message.of(key, name.text(), project.id());
        Message message = suggestion == null ? what : Message.of("unknownReference.didYouMean", what, suggestion);
        findings.add(new Finding(RuleIds.UNKNOWN_REFERENCE, Severity.ERROR, file, name.span(), message, null));
    }

    private void duplicate(SourceFile file, Name second, SourceFile firstFile, Name first) {
        String where = fileName(firstFile) + ":" + (firstFile.lineOf(first.span().start()) + 1);
        findings.add(new Finding(RuleIds.DUPLICATE_ID, Severity.ERROR, file, second.span(),
                Message.of("duplicateId", second.text(), where), null));
    }

    private static String fileName(SourceFile file) {
        return FileIds.name(file.id());
    }
}
