package org.jinzai.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jinzai.engine.SimulationInput.Employment;

/** Exit classes: what decides leaving, retirement and eligibility for appointment; the same for a member for ever. */
final class ExitClasses {
    // per class, as plain arrays (read in every month's loops); count classes in use
    int count;
    /** Monthly stay per year, plain and multiplied. */
    double[][] stay = new double[16][];
    /** Year index at whose April the class leaves. */
    int[] exitYear = new int[16];
    double[] fte = new double[16];
    boolean[] specialist = new boolean[16];
    /** The years (bits) in whose April its members may be appointed, persona and department aside. */
    int[] eligible = new int[16];
    /** Scratch for merging exit classes: where a class sits in a group (checked against the group's list). */
    int[] classSlot = new int[8];
    final Map<List<Object>, Integer> ids = new HashMap<>();
    final Map<Member, Integer> known = new HashMap<>();

    /** What decides a member's class, as given (a key of one object instead of a list of boxed values: asked for every member). */
    private record Member(Employment employment, int birthYear, int termEnd, double fte, boolean specialist, int eligibleYears) {
    }

    int id(Plan plan, Employment employment, int birthYear, int termEnd, double fte, boolean specialist, int eligibleYears) {
        Member raw = new Member(employment, birthYear, termEnd, fte, specialist, eligibleYears);
        Integer id = known.get(raw);
        if (id == null) {
            id = classify(plan, employment, birthYear, termEnd, fte, specialist, eligibleYears);
            known.put(raw, id);
        }
        return id;
    }

    /** Members with the same leaving rates, exit year, FTE and eligibility share a class. */
    int classify(Plan plan, Employment employment, int birthYear, int termEnd, double fte, boolean specialist,
            int eligibleYears) {
        SimulationInput input = plan.input;
        int years = input.horizonYears();
        double[] monthly = new double[years * 2];
        for (int y = 0; y < years; y++) {
            int age = Math.max(0, Math.min(99, input.firstFiscalYear() + y - birthYear));
            for (int multiplied = 0; multiplied < 2; multiplied++) {
                double[] powers = Plan.stayPowers(plan.stayPowers(), employment.ordinal(), age, multiplied == 1);
                monthly[y * 2 + multiplied] = powers == null ? 1 : powers[1];
            }
        }
        int exit = Integer.MAX_VALUE;
        int[] ages = input.attrition().retirementAge();
        for (int y = 1; y <= years && exit == Integer.MAX_VALUE; y++) {
            int fiscalYear = input.firstFiscalYear() + y - 1;
            int retirementAge = ages[Math.min(y - 1, ages.length - 1)];
            boolean termOver = employment != Employment.REGULAR && termEnd > 0 && termEnd <= fiscalYear;
            boolean retires = employment == Employment.REGULAR && retirementAge > 0 && fiscalYear - birthYear >= retirementAge;
            if (termOver || retires) {
                exit = y;
            }
        }
        List<Object> signature = List.of(Arrays.toString(monthly), exit, fte, specialist, eligibleYears);
        Integer same = ids.get(signature);
        if (same != null) {
            return same;
        }
        int id = count++;
        ids.put(signature, id);
        if (id == stay.length) {
            stay = Arrays.copyOf(stay, id * 2);
            exitYear = Arrays.copyOf(exitYear, id * 2);
            this.fte = Arrays.copyOf(this.fte, id * 2);
            this.specialist = Arrays.copyOf(this.specialist, id * 2);
            this.eligible = Arrays.copyOf(this.eligible, id * 2);
        }
        stay[id] = monthly;
        if (classSlot.length < count) {
            classSlot = Arrays.copyOf(classSlot, count * 2);
        }
        exitYear[id] = exit;
        this.fte[id] = fte;
        this.specialist[id] = specialist;
        this.eligible[id] = eligibleYears;
        return id;
    }
}
