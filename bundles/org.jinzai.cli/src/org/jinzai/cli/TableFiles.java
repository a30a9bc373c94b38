package org.jinzai.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Output that is written as JSON and as CSV (a goal-seek, a sweep, a sensitivity analysis, a comparison). */
interface TableFiles {

    void writeJson(Path file) throws IOException;

    void writeCsv(Path file) throws IOException;

    /** Writes NAME.json and NAME.csv into a folder, those of the formats asked for. */
    default void write(Path folder, String name, java.util.Set<String> formats) throws IOException {
        if (formats.contains("json")) { //$NON-NLS-1$
            writeJson(folder.resolve(name + ".json")); //$NON-NLS-1$
        }
        if (formats.contains("csv")) { //$NON-NLS-1$
            writeCsv(folder.resolve(name + ".csv")); //$NON-NLS-1$
        }
    }
}
