package org.jinzai.ui.internal.run;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;

/** Background shades of a heat-map table, white to blue, made when first used and disposed with their owner. */
final class Shades {

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

    void dispose() {
        colors.forEach(Color::dispose);
        colors.clear();
    }
}
