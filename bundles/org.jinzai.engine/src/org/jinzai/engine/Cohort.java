package org.jinzai.engine;

import java.util.Arrays;

/** Staff of one persona, department and origin: numbers per exit class times probabilities of progress. */
final class Cohort {
    final int persona;
    final int department;
    final long origin;
    int[] classes = new int[4];
    double[] counts = new double[4];
    int classCount;
    int[] pids = new int[4];
    double[] probs = new double[4];
    int pidCount;
    /** Entries whose state changed since the last compaction or settling (may repeat). */
    int[] changed = new int[8];
    int changedCount;
    /** Entries after the last compaction: equal states may repeat until the next one. */
    int compactedCount;
    /** Whether the persona has steps to settle. */
    final boolean settles;
    /** Whether some state is leading a project, as of the last compaction or lead start. */
    boolean leading;
    /** Probability of each step of the group's persona, as of the last compaction (steps change only then). */
    final double[] stepProb = new double[Steps.COUNT];
    /** The number of members, as of the last {@link AnalyticPart#refreshTotals()}. */
    double cachedTotal;
    /** Probability of having completed each side course (a course no step asks for). */
    final double[] sideDone;

    Cohort(int persona, int department, long origin, int courses, boolean settles) {
        this.settles = settles;
        this.persona = persona;
        this.department = department;
        this.origin = origin;
        this.sideDone = new double[courses];
    }

    double total() {
        double sum = 0;
        for (int i = 0; i < classCount; i++) {
            sum += counts[i];
        }
        return sum;
    }

    double fteTotal(ExitClasses exits) {
        double sum = 0;
        for (int i = 0; i < classCount; i++) {
            sum += counts[i] * exits.fte[classes[i]];
        }
        return sum;
    }

    void addClass(int id, double count) {
        for (int i = 0; i < classCount; i++) {
            if (classes[i] == id) {
                counts[i] += count;
                return;
            }
        }
        if (classCount == classes.length) {
            classes = Arrays.copyOf(classes, classCount * 2);
            counts = Arrays.copyOf(counts, classCount * 2);
        }
        classes[classCount] = id;
        counts[classCount++] = count;
    }

    /** Notes that an entry's state changed: its steps are settled at the end of the month. */
    void touch(int i) {
        if (changedCount == changed.length) {
            changed = Arrays.copyOf(changed, changedCount * 2);
        }
        changed[changedCount++] = i;
    }

    /**
     * Adds the progress of {@code count} members about to join (their classes are added after): its weight is
     * their share of the members, which is returned. Side courses are thinned as if they had done none.
     */
    /** After members were appended with weight 1 each: their counts become shares, then merged. */
    void countsToShares(ProgressStates progress) {
        double members = 0;
        for (int i = 0; i < pidCount; i++) {
            members += probs[i];
        }
        for (int i = 0; i < pidCount; i++) {
            probs[i] /= members;
        }
        for (int c = 0; c < sideDone.length; c++) {
            sideDone[c] /= members;
        }
        compact(progress);
    }

    double mix(int pid, double count, ProgressStates progress) {
        double before = total();
        double w = before / (before + count);
        for (int i = 0; i < pidCount; i++) {
            probs[i] *= w;
        }
        for (int c = 0; c < sideDone.length; c++) {
            sideDone[c] *= w;
        }
        append(pid, 1 - w);
        compact(progress);
        return 1 - w;
    }

    /** Moves probability {@code share} of state i to another state; {@link #compact()} merges them afterwards. */
    void move(int i, double share, int to) {
        if (to == pids[i]) {
            return;
        }
        if (share >= 1) {
            pids[i] = to;
            touch(i);
            return;
        }
        double moved = probs[i] * share;
        probs[i] -= moved;
        append(to, moved);
    }

    /** Adds a state without looking for an equal one; {@link #compact(ProgressStates)} merges them. */
    void append(int pid, double prob) {
        if (pidCount == pids.length) {
            pids = Arrays.copyOf(pids, pidCount * 2);
            probs = Arrays.copyOf(probs, pidCount * 2);
        }
        touch(pidCount);
        pids[pidCount] = pid;
        probs[pidCount++] = prob;
    }

    /** Settles the changed entries' steps, merges equal states, drops negligible ones and refreshes the caches. */
    void compact(ProgressStates progress) {
        if (settles) {
            // the entries not touched since the last compaction or settling are settled already; the memo's row is
            // read again only when a state is settled for the first time (which may grow it)
            int op = progress.settleOp(persona);
            int[] known = progress.memo[op];
            for (int k = 0; k < changedCount; k++) {
                int i = changed[k];
                int pid = pids[i];
                int next = pid < known.length ? known[pid] : -1;
                if (next < 0) {
                    next = progress.settled(pid, persona);
                    known = progress.memo[op];
                }
                pids[i] = next;
            }
        }
        changedCount = 0;
        int now = ++progress.stampNow;
        int[] stamp = progress.stamp;
        int[] slot = progress.slot;
        int n = 0;
        for (int i = 0; i < pidCount; i++) {
            int pid = pids[i];
            if (stamp[pid] == now) {
                probs[slot[pid]] += probs[i];
                continue;
            }
            stamp[pid] = now;
            slot[pid] = n;
            pids[n] = pid;
            probs[n++] = probs[i];
        }
        int kept = 0;
        leading = false;
        Arrays.fill(stepProb, 0);
        for (int i = 0; i < n; i++) {
            if (probs[i] >= AnalyticEngine.NEGLIGIBLE) {
                pids[kept] = pids[i];
                probs[kept++] = probs[i];
                leading |= progress.leadLeft[pids[i]] > 0;
                if (persona >= 0) {
                    stepProb[progress.step(pids[i], persona)] += probs[i];
                }
            }
        }
        pidCount = kept;
        compactedCount = kept;
    }

    /** Recomputes the step probabilities after probabilities changed (the entries' steps are settled). */
    void refreshSteps(ProgressStates progress) {
        Arrays.fill(stepProb, 0);
        if (persona >= 0) {
            for (int i = 0; i < pidCount; i++) {
                stepProb[progress.step(pids[i], persona)] += probs[i];
            }
        }
    }

    /** Settles the changed entries' steps, or compacts when repeated states have piled up. */
    void settle(ProgressStates progress) {
        if (changedCount == 0) {
            return;
        }
        if (pidCount > compactedCount + compactedCount / 10 + 2) {
            compact(progress);
            return;
        }
        int op = settles ? progress.settleOp(persona) : -1;
        int[] known = settles ? progress.memo[op] : null;
        for (int k = 0; k < changedCount; k++) {
            int i = changed[k];
            int pid = pids[i];
            leading |= progress.leadLeft[pid] > 0;
            if (settles) {
                int next = pid < known.length ? known[pid] : -1;
                if (next < 0) {
                    next = progress.settled(pid, persona);
                    known = progress.memo[op];
                }
                if (next != pid) {
                    stepProb[progress.step(pid, persona)] -= probs[i];
                    stepProb[progress.step(next, persona)] += probs[i];
                    pids[i] = next;
                }
            }
        }
        changedCount = 0;
    }

    /** Scales every exit class by a factor. */
    void scale(double factor) {
        for (int i = 0; i < classCount; i++) {
            counts[i] *= factor;
        }
    }

    /** Mixes members of another group into this one: numbers per class (parallel to its classes) and progress. */
    void absorb(Cohort other, double[] otherCounts, double[] otherProbs, ProgressStates progress, ExitClasses exits) {
        absorb(other.classes, otherCounts, other.pids, otherProbs, other.sideDone, progress, exits);
    }

    /** As {@link #absorb(Cohort, double[], double[], ProgressStates, ExitClasses)}, from a snapshot of the other group. */
    void absorb(int[] otherClasses, double[] otherCounts, int[] otherPids, double[] otherProbs, double[] otherSideDone,
            ProgressStates progress, ExitClasses exits) {
        double mine = total();
        double theirs = 0;
        for (double count : otherCounts) {
            theirs += count;
        }
        if (theirs <= 0) {
            return;
        }
        double w = mine / (mine + theirs);
        for (int i = 0; i < pidCount; i++) {
            probs[i] *= w;
        }
        for (int s = 0; s < stepProb.length; s++) {
            stepProb[s] *= w;
        }
        for (int i = 0; i < otherProbs.length; i++) {
            if (otherProbs[i] > 0) {
                // settled at once for this group's persona, so that the cached step probabilities hold
                int pid = settles ? progress.settled(otherPids[i], persona) : otherPids[i];
                append(pid, otherProbs[i] * (1 - w));
                if (persona >= 0) {
                    stepProb[progress.step(pid, persona)] += otherProbs[i] * (1 - w);
                }
                leading |= progress.leadLeft[pid] > 0;
            }
        }
        // where each of this group's classes sits, to add the other's without a search
        int[] slot = exits.classSlot;
        for (int i = 0; i < classCount; i++) {
            slot[classes[i]] = i;
        }
        for (int i = 0; i < otherCounts.length; i++) {
            if (otherCounts[i] <= 0) {
                continue;
            }
            int c = otherClasses[i];
            int at = slot[c];
            if (at < classCount && classes[at] == c) {
                counts[at] += otherCounts[i];
            } else {
                slot[c] = classCount;
                addClass(c, otherCounts[i]);
            }
        }
        for (int c = 0; c < sideDone.length; c++) {
            sideDone[c] = sideDone[c] * w + otherSideDone[c] * (1 - w);
        }
    }
}
