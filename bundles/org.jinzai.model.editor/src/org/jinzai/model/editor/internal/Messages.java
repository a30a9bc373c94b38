package org.jinzai.model.editor.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the model editor (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.model.editor.internal.messages"; //$NON-NLS-1$

    public static String Editor_cannotOpen;
    public static String Editor_fileUntouched;
    public static String Editor_newChild;
    public static String Editor_delete;
    public static String Delete_title;
    public static String Delete_usedBy;
    public static String Delete_scenarioLine;
    public static String Delete_unsaved;
    public static String Delete_removeUses;
    public static String Delete_cancel;
    public static String Delete_selected;
    public static String Delete_writeFailed;
    public static String Delete_removeUsesCommand;
    public static String Editor_undo;
    public static String Editor_redo;
    public static String Editor_saveFailed;
    public static String Editor_validating;
    public static String Editor_notAnEditableFile;
    public static String Property_invalidValue;
    public static String Plan_name;
    public static String Plan_invalid;
    public static String Plan_seatsPage;
    public static String Plan_hiresPage;

    public static String Transfer_title;
    public static String Transfer_all;

    public static String Value_yes;
    public static String Value_no;

    public static String Type_wholeNumber;
    public static String Type_number;

    public static String Editor_treePage;
    public static String Editor_overviewPage;
    public static String Table_filter;
    public static String Table_count;

    public static String Tab_qualified;
    public static String Table_add;
    public static String Table_duplicate;
    public static String Table_delete;
    public static String Table_copyName;
    public static String Plan_paste;
    public static String Plan_pasteTooLarge;
    public static String Plan_pasteInvalid;
    public static String Command_set;
    public static String Command_add;
    public static String Command_delete;
    public static String Command_move;

    // rates as percentages and the fields' tooltips
    public static String Type_percent;
    public static String Rate_label;
    public static String Rate_outOfRange;
    public static String Tip_rate;
    public static String Tip_fte;
    public static String Tip_range;
    public static String Tip_nonNegative;
    public static String Command_change;
    public static String Estimate_none;
    public static String Value_scenarioOf;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
