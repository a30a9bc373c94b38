package org.jinzai.model.provider.labels;

import org.eclipse.osgi.util.NLS;

/** Label patterns of {@link ModelLabels} (messages.properties, messages_ja.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.model.provider.labels.messages"; //$NON-NLS-1$

    public static String CourseSeats;
    public static String DxProjectPlan;
    public static String AllBusinessDepartments;
    public static String YearlyCount;
    public static String TargetValue;
    public static String AttritionRate;
    public static String RetirementAge;
    public static String AllowedTransfer;
    public static String RunSettings;
    public static String StaffMember;
    public static String SkillLevel;
    public static String StepReached;
    public static String StepDefinition;
    public static String CoursesCompleted;
    public static String All;
    public static String SkillAtLeast;
    public static String LeadMonths;
    public static String ProjectsLed;
    public static String Mentoring;
    public static String PreviousStep;

    public static String EstimateBasisMonths;
    public static String EstimateBasisPersons;
    public static String EstimateInForce;
    public static String EstimateOverridden;
    public static String EstimateBasisTenure;
    public static String EstimateTenureYears;
    public static String KindTenure;
    public static String EstimateBasisUptake;
    public static String EstimateSeats;
    public static String YearlyDays;
    public static String RegionMember;
    public static String PoolRequest;
    public static String Secondment;
    public static String CourseRequest;
    public static String SecondmentNoStep;
    public static String PoolRequestNoPersona;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
