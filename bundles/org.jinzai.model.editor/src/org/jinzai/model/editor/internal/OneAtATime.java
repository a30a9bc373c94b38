package org.jinzai.model.editor.internal;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** A scheduling rule for jobs that must take turns, in the order they were scheduled (one instance per kind of job). */
public final class OneAtATime implements ISchedulingRule {

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule == this;
    }
}
