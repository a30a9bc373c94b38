package org.jinzai.engine;

import java.util.Arrays;

/** A growable list of ints without boxing, for the lists the engine builds in its loops. */
final class IntList {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** Empties the list (keeping its room). */
    void clear() {
        size = 0;
    }
}
