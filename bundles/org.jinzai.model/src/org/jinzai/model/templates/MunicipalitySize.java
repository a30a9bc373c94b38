package org.jinzai.model.templates;

import org.jinzai.model.MunicipalityKind;

/**
 * Sizes of municipality a new baseline can start from, with figures from the public sources (numbered as README's Examples section lists them): staff in the IT
 * department by size (source 002: 特別区 21.4, 市 of 100–200k 7.7, under 50k 3.9 — the town example has a
 * one-person IT section, 一人情シス), towns at about 70 % of their statutory headcount (source 004 §8).
 */
public enum MunicipalitySize {
    /** 特別区: about 350,000 people, 3,000 staff in 80 課. */
    SPECIAL_WARD(MunicipalityKind.SPECIAL_WARD, 350_000, 3_100, 77, 37, 12, 21, 25),
    /** 市: about 100,000 people, 800 staff. */
    CITY(MunicipalityKind.CITY, 100_000, 850, 40, 19, 3, 8, 10),
    /** 町: about 12,000 people, 150 staff (70 % of the statutory 215), one IT officer. */
    TOWN(MunicipalityKind.TOWN, 12_000, 215, 20, 7, 0, 1, 3),
    /** 政令市-size: about 800,000 people, 10,000 staff. */
    DESIGNATED_CITY(MunicipalityKind.DESIGNATED_CITY, 800_000, 10_300, 200, 49, 20, 39, 60);

    final MunicipalityKind kind;
    final int population;
    final int statutoryHeadcount;
    final int businessDepartments;
    final int staffPerBusinessDepartment;
    final int dxStaff;
    final int itStaff;
    final int hrStaff;

    MunicipalitySize(MunicipalityKind kind, int population, int statutoryHeadcount, int businessDepartments,
            int staffPerBusinessDepartment, int dxStaff, int itStaff, int hrStaff) {
        this.kind = kind;
        this.population = population;
        this.statutoryHeadcount = statutoryHeadcount;
        this.businessDepartments = businessDepartments;
        this.staffPerBusinessDepartment = staffPerBusinessDepartment;
        this.dxStaff = dxStaff;
        this.itStaff = itStaff;
        this.hrStaff = hrStaff;
    }

    /** The kind of municipality. */
    public MunicipalityKind kind() {
        return kind;
    }

    /** Approximate number of staff of a baseline made from this template. */
    public int approximateStaff() {
        return businessDepartments * staffPerBusinessDepartment + dxStaff + itStaff + hrStaff;
    }
}
