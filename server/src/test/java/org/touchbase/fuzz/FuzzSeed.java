package org.touchbase.fuzz;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The seed of every property (registered for all of them in
 * {@code META-INF/services}): fixed in the normal build, so that a build
 * fails only on what changed and never on an input drawn for that run.
 * The system property {@code touchbase.fuzz.seed} (Maven's
 * {@code -Dfuzz.seed=…}) replays another seed, or with {@code random} draws
 * a new one each run, as the {@code fuzz} profile does (CONTRIBUTING.md);
 * {@code fixed} or nothing is {@link #FIXED}. A seed written on a
 * {@code @Property} wins.
 */
public final class FuzzSeed implements AroundPropertyHook {

    /** The seed of the normal build. */
    static final String FIXED = "20261120";

    static final String PROPERTY = "touchbase.fuzz.seed";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return element.map(e -> e.isAnnotationPresent(Property.class)).orElse(false);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty(PROPERTY, "").strip();
        if (seed.isEmpty() || seed.equals("fixed")) {
            seed = FIXED;
        }
        if (!seed.equals("random") && context.attributes().seed().filter(s -> !s.isBlank()).isEmpty()) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }
}
