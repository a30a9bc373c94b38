package org.jinzai.model.validation;

import org.eclipse.osgi.util.NLS;

/** Validation messages (messages.properties, messages_ja.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.model.validation.messages"; //$NON-NLS-1$

    public static String Validation_of;
    public static String Validation_rate;
    public static String Validation_range;
    public static String Validation_fte;
    public static String Validation_negative;
    public static String Validation_missing;
    public static String Validation_dangling;
    public static String Validation_notInBaseline;
    public static String Names_named;
    public static String Names_detail;
    public static String Uses_count;
    public static String Uses_separator;
    public static String Validation_foreign;
    public static String Validation_duplicateId;
    public static String Validation_duplicateName;
    public static String Validation_noBaseline;
    public static String Validation_baselineMissing;
    public static String Validation_targetNeeds;
    public static String Validation_targetYear;
    public static String Validation_duplicateYear;
    public static String Validation_duplicateStep;
    public static String Validation_tooMany;
    public static String Validation_fixedTermEnd;
    public static String Validation_minMax;
    public static String Validation_unread;
    public static String Validation_unreadAt;
    public static String Changes_changed;
    public static String Changes_changedTop;
    public static String Changes_separator;
    public static String Changes_removed;
    public static String Changes_added;
    public static String Changes_replaced;
    public static String Changes_yes;
    public static String Changes_no;
    public static String Changes_none;
    public static String Changes_years;

    public static String Validation_duplicateKind;
    public static String Validation_duplicateMember;
    public static String Validation_regionYears;
    public static String Validation_years;
    public static String Validation_otherScenario;
    public static String Validation_needOfHires;
    public static String Validation_courseNotInBaseline;
    public static String Validation_otherRegion;
    public static String Validation_overlap;
    public static String Validation_noRetirementAge;
    public static String Validation_noAttrition;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
