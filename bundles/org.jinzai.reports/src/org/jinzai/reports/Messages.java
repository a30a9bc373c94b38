package org.jinzai.reports;

import org.eclipse.osgi.util.NLS;

/** Messages of reading a roster workbook or a Word template, in the program's language (messages.properties, messages_ja.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.reports.messages"; //$NON-NLS-1$

    public static String Roster_sheet;
    public static String Roster_sheetRow;
    public static String Roster_sheetCell;
    public static String Roster_legacy;
    public static String Roster_namedAsWorkbook;
    public static String Roster_notAWorkbook;
    public static String Roster_noSheets;
    public static String Roster_noSuchSheet;
    public static String Roster_emptySheet;
    public static String Roster_errorValue;
    public static String Roster_formulaNotComputed;
    public static String Roster_sheetSeparator;
    public static String Template_missing;
    public static String Template_unreadable;
    public static String Template_notWord;
    public static String Template_noPlaces;
    public static String Template_notAlone;
    public static String Template_paragraph;
    public static String Template_control;
    public static String Template_unknown;
    public static String Template_inHeader;
    public static String Template_inTable;
    public static String Template_twice;
    public static String Template_macro;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
