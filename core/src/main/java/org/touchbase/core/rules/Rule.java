package org.touchbase.core.rules;

/** A rule of the practice: it looks at one project and reports what it finds. */
public interface Rule {

    RuleInfo info();

    void check(RuleContext context);
}
