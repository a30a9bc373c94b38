package org.jinzai.cli;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.jinzai.engine.RegionInput;
import org.jinzai.model.Pool;
import org.jinzai.model.Region;
import org.jinzai.model.Target;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.RegionRunner;

/**
 * What an experiment on a region asks (goal-seek, sweep): a lever of one of its pools ({@code --lever staff:POOL} its
 * staff at the start, {@code hires:POOL} its hires planned each year), a target every member has ({@code --target}) and a
 * fiscal year ({@code --year}).
 */
record RegionQuestion(Region region, Pool pool, boolean staff, Target target, int fiscalYear) {

    /** Reads the options on a region; a usage error names what is wrong and what there is to choose from. */
    static RegionQuestion of(Region region, Options options) throws UsageException {
        int fiscalYear = options.number("--year", 1); //$NON-NLS-1$
        Options.checkYear(region.getRunSettings(), fiscalYear);
        String targetId = options.value("--target", ""); //$NON-NLS-1$ //$NON-NLS-2$
        Target target = RegionSimulation.sharedTargets(region).get(targetId);
        if (target == null) {
            throw new UsageException(NLS.bind(Messages.RegionBadTarget, targetId, String.join(", ", RegionSimulation.sharedTargets(region).keySet()))); //$NON-NLS-1$
        }
        String[] lever = options.value("--lever", "").split(":", 2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Pool pool = lever.length < 2 ? null : region.getPools().stream().filter(p -> p.getId().equals(lever[1])).findFirst().orElse(null);
        if (pool == null || !lever[0].equals("staff") && !lever[0].equals("hires")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(NLS.bind(Messages.RegionBadLever, options.value("--lever", ""), //$NON-NLS-1$ //$NON-NLS-2$
                    String.join(", ", region.getPools().stream().map(Pool::getId).toList()))); //$NON-NLS-1$
        }
        return new RegionQuestion(region, pool, lever[0].equals("staff"), target, fiscalYear); //$NON-NLS-1$
    }

    String targetId() {
        return target.getId();
    }

    /** The pool's index in the region. */
    int poolIndex() {
        return region.getPools().indexOf(pool);
    }

    /** The fiscal year as an offset from the region's first. */
    int year() {
        return fiscalYear - region.getRunSettings().getFirstFiscalYear();
    }

    /** The lever as the command line writes it in its files: staff or hires. */
    String leverKind() {
        return staff ? "staff" : "hires"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The lever in the user's words. */
    String leverName() {
        return staff ? Messages.RegionLeverStaff : Messages.RegionLeverHires;
    }

    String yearLabel(Locale locale) {
        return FiscalYears.label(fiscalYear, locale);
    }

    /** The region's input for each value of the lever, from the region compiled with a seed. */
    java.util.function.IntFunction<RegionInput> inputs(RegionInput compiled) {
        return RegionRunner.lever(compiled, poolIndex(), staff);
    }
}
