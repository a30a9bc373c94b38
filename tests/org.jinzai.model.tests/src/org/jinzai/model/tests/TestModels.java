package org.jinzai.model.tests;

import org.jinzai.model.Baseline;
import org.jinzai.model.Department;
import org.jinzai.model.DepartmentKind;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.MunicipalityKind;
import org.jinzai.model.Organization;
import org.jinzai.model.Persona;
import org.jinzai.model.Rank;
import org.jinzai.model.RunSettings;
import org.jinzai.model.Scenario;
import org.jinzai.model.StaffMember;
import org.jinzai.model.Target;
import org.jinzai.model.TargetKind;
import org.jinzai.model.TargetScope;
import org.jinzai.model.TargetValue;

/** Small models built in code for the tests. */
final class TestModels {

    private static final JinzaiFactory F = JinzaiFactory.eINSTANCE;

    private TestModels() {
    }

    static Baseline smallBaseline() {
        Baseline baseline = F.createBaseline();
        baseline.setId("b1");
        baseline.setName("テスト町");
        Organization organization = F.createOrganization();
        organization.setId("org");
        organization.setName("テスト町役場");
        organization.setKind(MunicipalityKind.TOWN);
        organization.setPopulation(12000);
        organization.setStatutoryHeadcount(160);
        baseline.setOrganization(organization);
        Department it = department("d-it", "総務課情報係", DepartmentKind.INFORMATION_SYSTEMS, 1);
        Department tax = department("d-tax", "税務課", DepartmentKind.BUSINESS, 12);
        organization.getDepartments().add(it);
        organization.getDepartments().add(tax);
        Persona promoter = F.createPersona();
        promoter.setId("p-dx");
        promoter.setName("DX推進員");
        baseline.getPersonas().add(promoter);
        for (int i = 1; i <= 3; i++) {
            StaffMember person = F.createStaffMember();
            person.setId("s" + i);
            person.setBirthYear(1980 + i);
            person.setHireFiscalYear(2005 + i);
            person.setEmploymentType(EmploymentType.REGULAR);
            person.setRank(Rank.SHUJI);
            person.setDepartment(i == 1 ? it : tax);
            baseline.getStaff().add(person);
        }
        return baseline;
    }

    static Department department(String id, String name, DepartmentKind kind, int headcount) {
        Department department = F.createDepartment();
        department.setId(id);
        department.setName(name);
        department.setKind(kind);
        department.setHeadcount(headcount);
        return department;
    }

    static Scenario scenarioOf(Baseline baseline) {
        Scenario scenario = F.createScenario();
        scenario.setId("sc1");
        scenario.setName("現状維持");
        scenario.setBaseline(baseline);
        RunSettings settings = F.createRunSettings();
        scenario.setRunSettings(settings);
        // leaving as a scenario made by the workbench has it: a retirement age (without attrition it is warned about)
        org.jinzai.model.AttritionPolicy attrition = F.createAttritionPolicy();
        org.jinzai.model.RetirementAge age = F.createRetirementAge();
        age.setFiscalYear(2025);
        age.setAge(62);
        attrition.getRetirementAges().add(age);
        scenario.setAttrition(attrition);
        Target target = F.createTarget();
        target.setId("t1");
        target.setName("DX推進員 Step1 各課1名");
        target.setKind(TargetKind.HEADCOUNT_AT_STEP);
        target.setScope(TargetScope.EACH_DEPARTMENT);
        target.setPersona(baseline.getPersonas().get(0));
        TargetValue value = F.createTargetValue();
        value.setFiscalYear(2030);
        value.setValue(1);
        target.getValues().add(value);
        scenario.getTargets().add(target);
        return scenario;
    }
}
