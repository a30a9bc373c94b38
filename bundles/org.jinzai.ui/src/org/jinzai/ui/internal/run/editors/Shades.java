package org.jinzai.ui.internal.run.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;

/** Background shades of a heat-map table, white to blue, made when first used and disposed with their owner. */
public final class Shades {

    private final List<Color> colors = new ArrayList<>();

    /** The shade for a share in [0, 1] (white at 0). */
    Color of(double share) {
        if (colors.isEmpty()) {
            for (int k = 0; k < 10; k++) {
                double t = k / 9.0;
                colors.add(new Color((int) (255 - t * (255 - 100)), (int) (255 - t * (255 - 160)), (int) (255 - t * (255 - 230))));
            }
        }
        return colors.get((int) Math.round(Math.max(0, Math.min(1, share)) * 9));
    }

    private final List<Color> bands = new ArrayList<>();

    /**
     * The shade of a probability of meeting a target: green at 90 % or more, yellow from 50 %, red below; none for NaN
     * (no target that year).
     */
    Color probability(double p) {
        if (Double.isNaN(p)) {
            return null;
        }
        if (bands.isEmpty()) {
            for (double each : new double[] { 1, 0.5, 0 }) {
                bands.add(new Color(probabilityRgb(each)));
            }
        }
        return bands.get(p >= 0.9 ? 0 : p >= 0.5 ? 1 : 2);
    }

    /** The colour of a probability of meeting a target, on the screen and on paper; null for NaN. */
    static org.eclipse.swt.graphics.RGB probabilityRgb(double p) {
        if (Double.isNaN(p)) {
            return null;
        }
        return p >= 0.9 ? new org.eclipse.swt.graphics.RGB(0xC8, 0xE6, 0xC9)
                : p >= 0.5 ? new org.eclipse.swt.graphics.RGB(0xFF, 0xF0, 0xB3) : new org.eclipse.swt.graphics.RGB(0xFF, 0xCD, 0xD2);
    }

    void dispose() {
        colors.forEach(Color::dispose);
        colors.clear();
        bands.forEach(Color::dispose);
        bands.clear();
    }
}
