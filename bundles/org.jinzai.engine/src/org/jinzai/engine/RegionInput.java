package org.jinzai.engine;

import static org.jinzai.engine.SimulationInput.require;

import java.util.List;

/**
 * What the engine needs of a region (広域連携): its members, each an organization with its own input, and the talent
 * pools they share. Every member plans the same fiscal years. A member's key (its scenario's id and file) decides its
 * random numbers ({@link RegionEngine#memberSeed}), so that its own events draw the same numbers whether it plans alone
 * or in the region, and whatever the other members are.
 */
public record RegionInput(List<Member> members, List<PoolSpec> pools) {

    public RegionInput {
        members = List.copyOf(members);
        pools = List.copyOf(pools);
        require(!members.isEmpty(), "members", 0);
        SimulationInput first = members.get(0).input();
        for (Member member : members) {
            require(member.input().firstFiscalYear() == first.firstFiscalYear()
                    && member.input().horizonYears() == first.horizonYears(), "fiscal years of " + member.key(),
                    member.input().firstFiscalYear());
            for (Secondment secondment : member.secondments()) {
                require(secondment.pool() >= 0 && secondment.pool() < pools.size(), "pool of a secondment of " + member.key(), secondment.pool());
                require(secondment.persona() >= 0 && secondment.persona() < member.input().personas().size(),
                        "persona of a secondment of " + member.key(), secondment.persona());
                require(secondment.department() >= -1 && secondment.department() < member.input().departments().size(),
                        "department of a secondment of " + member.key(), secondment.department());
                require(secondment.staff().length == first.horizonYears(), "years of a secondment of " + member.key(), secondment.staff().length);
            }
            for (Request request : member.requests()) {
                require(request.pool() >= 0 && request.pool() < pools.size(), "pool of a request of " + member.key(), request.pool());
                require(request.persona() >= -1 && request.persona() < member.input().personas().size(),
                        "persona of a request of " + member.key(), request.persona());
                require(request.department() >= 0 && request.department() < member.input().departments().size(),
                        "department of a request of " + member.key(), request.department());
                require(request.days().length == first.horizonYears(), "years of a request of " + member.key(), request.days().length);
                require(request.shortOf() < member.input().targets().size()
                        && (request.shortOf() < 0 || member.input().targets().get(request.shortOf()).kind().counted() != SimulationInput.Counted.HIRES),
                        "target of a request of " + member.key(), request.shortOf());
            }
        }
    }

    /** The first fiscal year of every member. */
    public int firstFiscalYear() {
        return members.get(0).input().firstFiscalYear();
    }

    /** The fiscal years every member plans. */
    public int horizonYears() {
        return members.get(0).input().horizonYears();
    }

    /**
     * A member: its key (stable: the random numbers of its own events follow from it), its input, its place in the order
     * of pools that allocate by priority (smaller first; ties in the order of the members), and its requests.
     */
    public record Member(String key, SimulationInput input, int priority, List<Request> requests, List<Secondment> secondments) {
        public Member {
            requests = List.copyOf(requests);
            secondments = List.copyOf(secondments);
        }

        /** A member that sends nobody to the pools. */
        public Member(String key, SimulationInput input, int priority, List<Request> requests) {
            this(key, input, priority, requests, List.of());
        }

        /** Its staff at the start, in persons: the size by which SMALLEST_FIRST orders the members. */
        public int size() {
            return input.staff().size();
        }
    }

    /**
     * What a member asks of a pool: {@code days[y]} days a week of the pool's staff in fiscal year {@code first + y},
     * serving in a department and counted as a persona (-1: counted in no target) at the pool's step; asked every month,
     * or ({@code shortOf}, a target of the member) only in the months that begin with the member's own staff short of it.
     */
    public record Request(int pool, int persona, int department, int[] days, int shortOf) {
        public Request {
            days = days.clone();
            for (int d : days) {
                require(d >= 0, "days asked", d);
            }
            require(shortOf >= -1, "target of a request", shortOf);
        }

        /** A request asked every month of its years. */
        public Request(int pool, int persona, int department, int[] days) {
            this(pool, persona, department, days, -1);
        }
    }

    /**
     * Staff a member sends to a pool (出向): in April of fiscal year {@code first + y}, {@code staff[y]} regular staff
     * holding a persona (in a department; -1: any), drawn by lot among those who will not reach retirement age before they
     * come back, work in the pool for {@code termYears} — each serving the members {@code servingDays} days a week,
     * counted as the pool's support at its step (0: the pool's own projects, no capacity) — and come back to their
     * department in April, with at least {@code step} of that persona (0: as they went). Away, they are not the member's
     * staff (its targets, headcount, training, rotation) and do not leave it; the member keeps paying a hire's yearly
     * cost, the pool's cost does not count them.
     */
    public record Secondment(int pool, int persona, int department, int[] staff, int termYears, int step, int servingDays) {
        public Secondment {
            staff = staff.clone();
            for (int n : staff) {
                require(n >= 0, "staff sent", n);
            }
            require(termYears >= 1, "years of a secondment", termYears);
            require(step >= 0 && step <= 3, "step on return", step);
            require(servingDays >= 0 && servingDays <= 5, "days a week serving the members", servingDays);
        }
    }

    /** How a pool shares its capacity when the members ask for more than it has. */
    public enum Allocation {
        /** By the members' priority (ties in their order): each gets what it asks while the capacity lasts. */
        PRIORITY,
        /** Each gets the capacity in proportion to what it asks. */
        PROPORTIONAL,
        /** The members with the fewest staff first. */
        SMALLEST_FIRST,
        /** Who has been asking longest first (an unbroken run of months with a request; ties in the members' order). */
        FIRST_COME
    }

    /** How the members share the part of a pool's cost the prefecture does not pay. */
    public enum Sharing {
        /** By the days each received over the year (equally in a year nobody received any). */
        BY_USE,
        /** Equally among the members that ask the pool for anything in the region's years. */
        EQUAL
    }

    /**
     * A talent pool: {@code initialStaff} at the start (whose fixed terms, if any, begin then), {@code hires[y]} planned
     * in month {@code hireMonth} of year y, each filled with probability {@code fill}; each staff member leaves with
     * {@code yearlyAttrition} a year (a constant monthly hazard) and at the end of a term of {@code termYears} (0: none);
     * each serves {@code daysPerWeek} days a week and costs {@code costPerPersonYear} yen a year while in the pool. What a
     * member receives counts as its persona at {@code step}.
     */
    public record PoolSpec(String key, int initialStaff, int daysPerWeek, int[] hires, int hireMonth, double fill, int termYears,
            double yearlyAttrition, long costPerPersonYear, int step, Allocation allocation, double prefectureShare, Sharing sharing) {
        public PoolSpec {
            require(initialStaff >= 0, "staff at the start of " + key, initialStaff);
            require(daysPerWeek >= 1 && daysPerWeek <= 5, "days a week of " + key, daysPerWeek);
            require(hireMonth >= 1 && hireMonth <= 12, "month of hiring of " + key, hireMonth);
            require(fill >= 0 && fill <= 1, "fill probability of " + key, fill);
            require(termYears >= 0, "term of " + key, termYears);
            require(yearlyAttrition >= 0 && yearlyAttrition <= 1, "yearly attrition of " + key, yearlyAttrition);
            require(costPerPersonYear >= 0, "cost of " + key, costPerPersonYear);
            require(step >= 0 && step <= 3, "step of " + key, step);
            require(prefectureShare >= 0 && prefectureShare <= 1, "prefecture's share of " + key, prefectureShare);
            hires = hires.clone();
        }

        /** The same pool with other staff at the start. */
        public PoolSpec withInitialStaff(int staff) {
            return new PoolSpec(key, staff, daysPerWeek, hires, hireMonth, fill, termYears, yearlyAttrition, costPerPersonYear, step, allocation,
                    prefectureShare, sharing);
        }

        /** The same pool with other hires planned each year. */
        public PoolSpec withHires(int[] perYear) {
            return new PoolSpec(key, initialStaff, daysPerWeek, perYear, hireMonth, fill, termYears, yearlyAttrition, costPerPersonYear, step,
                    allocation, prefectureShare, sharing);
        }

        /** The same pool allocating by another policy. */
        public PoolSpec withAllocation(Allocation policy) {
            return new PoolSpec(key, initialStaff, daysPerWeek, hires, hireMonth, fill, termYears, yearlyAttrition, costPerPersonYear, step, policy,
                    prefectureShare, sharing);
        }
    }
}
