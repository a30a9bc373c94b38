package org.jinzai.model.io;

import org.eclipse.osgi.util.NLS;

/** Messages of loading and saving (messages.properties, messages_ja.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.model.io.messages"; //$NON-NLS-1$

    public static String Load_failed;
    public static String Load_failedAt;
    public static String Load_empty;
    public static String Load_notFound;
    public static String Load_doctype;
    public static String Load_truncated;
    public static String Load_unknownFeature;
    public static String Load_unknownClass;
    public static String Load_unknownPackage;
    public static String Load_illegalValue;
    public static String Load_unresolvedReference;
    public static String Load_notANumber;
    public static String Load_notUtf8;
    public static String Load_badCharacter;
    public static String Load_notXml;
    public static String Load_notAllowed;
    public static String Load_failedAtLine;
    public static String Load_referenceNotAllowed;
    public static String Load_unresolvedElement;
    public static String Load_wrongKind;
    public static String Load_referencedUnreadable;
    public static String Csv_line;
    public static String Roster_problem;
    public static String Roster_outsideColumns;
    public static String Roster_replaceWarning;
    public static String Roster_counts;
    public static String Roster_steps;
    public static String Csv_summaryOk;
    public static String Csv_summaryErrors;
    public static String Csv_empty;
    public static String Csv_noRows;
    public static String Csv_fieldCount;
    public static String Csv_duplicateId;
    public static String Csv_unknownColumn;
    public static String Csv_duplicateColumn;
    public static String Csv_missingColumn;
    public static String Csv_required;
    public static String Csv_outOfRange;
    public static String Csv_notANumber;
    public static String Csv_unknown;
    public static String Csv_termEndRequired;
    public static String Csv_skillLevel;
    public static String Csv_fte;
    public static String Csv_flag;
    public static String Csv_hiredTooYoung;
    public static String Csv_mixedEncoding;
    public static String Csv_undecodable;
    public static String Csv_unclosedQuote;
    public static String Csv_controlCharacter;
    public static String Csv_lineBreakInValue;

    public static String History_noYear;
    public static String History_unknownValue;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
