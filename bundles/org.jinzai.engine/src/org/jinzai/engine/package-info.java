/**
 * The simulation engine: a month-by-month Monte Carlo projection of staff, their development steps
 * (育成段階), training, DX projects, rotation, recruitment and attrition over several fiscal years, and its
 * analytic companion for instant previews. Pure Java: no EMF, no Eclipse, no UI.
 *
 * <h2>Time</h2>
 * Month 0 is April of the first fiscal year; fiscal year {@code y} covers months {@code 12 (y - first)} to
 * {@code 12 (y - first) + 11}, April to March. A person's age in a fiscal year is the fiscal year minus the
 * birth year.
 *
 * <h2>Order of events within a month</h2>
 * <ol>
 * <li>Attrition: leavers of the month leave (their month is drawn in April, see below); at the end of
 * March, retirements and the ends of fixed terms. In a region (April, before the leaving draws): staff whose
 * secondment ends come back to their department with the secondment's step, then the year's secondments leave
 * (away, they are not drawn to leave, nor counted, trained, moved or appointed).</li>
 * <li>Recruitment: hires of the month arrive.</li>
 * <li>Appointment (April): DX promoters re-appointed or they leave the role, keeping their skill (not candidates
 * again that April); 課 filled in rounds by need, in a random order of the year, within the total and yearly caps.</li>
 * <li>Training: the courses of the month one after the other, seats to those who (still) need the course for
 * their next step first.</li>
 * <li>OJT: DX projects start and end; leads accumulate months; Step2+ staff mentor Step1 staff.</li>
 * <li>Steps: recomputed for everyone whose history changed, for every persona's standard (role is not skill).</li>
 * <li>Rotation (April): movers assigned to departments by a minimum-cost flow; a rule prices only the movers it
 * names, so a rule that concerns nobody changes nothing.</li>
 * <li>Observation (March): counts, flows and targets of the fiscal year.</li>
 * </ol>
 *
 * <h2>What is counted</h2>
 * Counts by role (holders of a persona, at that persona's step) and by skill (everyone at the step they reached
 * of each persona's standard) in FTE; flows in persons (cost in yen); the year-end headcount both in persons
 * ({@code HEADCOUNT}, which changes by hires less leavers) and in FTE ({@code HEADCOUNT_FTE}). A target of every
 * department counts the departments that meet its value; it is met when all do.
 *
 * <h2>The analytic preview</h2>
 * {@link org.jinzai.engine.AnalyticEngine} gives expected values; where a count depends on which person something
 * happens to (appointments, leads, a few scarce seats) it says so per persona, step and year
 * ({@link org.jinzai.engine.AnalyticEngine.Result#approximate(int, int, int)}), and every unmarked count agrees
 * with the Monte Carlo means within 2 % or half a person on the examples.
 *
 * <h2>Rates</h2>
 * A yearly leaving rate {@code r} acts as the constant monthly hazard {@code h = 1 - (1 - r)^(1/12)}. The
 * engine draws once per person and fiscal year whether and in which month the person leaves, which is
 * exactly that monthly hazard without a draw per month.
 *
 * <h2>Random numbers</h2>
 * Every random decision is a pure function of (seed, replication, the person or event, the kind of
 * decision, the time): there is no shared generator state. Results therefore do not depend on the number of
 * threads, and two scenarios that differ in one policy draw the same numbers for the same people and
 * events (common random numbers).
 *
 * <h2>Statistics</h2>
 * P10, P50 and P90 are the 10th, 50th and 90th percentiles over replications (Commons Math's default
 * estimation); "probability met" is the share of replications in which a target is met.
 */
package org.jinzai.engine;
