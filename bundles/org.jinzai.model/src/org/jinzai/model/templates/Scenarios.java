package org.jinzai.model.templates;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jinzai.model.Scenario;

/** Operations on whole scenarios. */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * A new scenario as a copy of another: same baseline, policies, targets and run settings, a new id and
     * name, and {@code derivedFrom} set to the file the original came from, so that the copy records its origin.
     *
     * @param sourceFile file name of the original (e.g. status-quo.jzs)
     */
    public static Scenario copy(Scenario source, String id, String name, String sourceFile) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a scenario copy needs an id"); //$NON-NLS-1$
        }
        Scenario copy = EcoreUtil.copy(source);
        copy.setId(id);
        copy.setName(name);
        copy.setDerivedFrom(sourceFile);
        // a backtest speaks for the scenario it was run on, not for a copy that may be changed
        copy.setBacktest(null);
        return copy;
    }

    /**
     * A copy of a scenario together with its baseline, the copy referring to the baseline's copy (its departments,
     * personas, courses): a scenario to change both of without touching the originals (a backtest's past start, a
     * scenario run years earlier).
     */
    public static Scenario copyWithBaseline(Scenario source) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Scenario copy = (Scenario) copier.copy(source);
        org.jinzai.model.Baseline baseline = (org.jinzai.model.Baseline) copier.copy(source.getBaseline());
        copier.copyReferences();
        copy.setBaseline(baseline);
        return copy;
    }
}
