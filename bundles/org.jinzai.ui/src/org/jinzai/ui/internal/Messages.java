package org.jinzai.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench application (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.ui.internal.messages"; //$NON-NLS-1$

    public static String Application_title;
    public static String Application_noWorkspace;
    public static String Application_workspaceInUse;
    public static String Application_workspaceNotWritable;
    public static String Application_saveWorkspaceFailed;
    public static String Window_title;
    public static String Menu_file;
    public static String Menu_new;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_openPerspective;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Examples_installing;
    public static String Import_title;
    public static String Import_select;
    public static String Import_saveFirst;
    public static String Import_pageTitle;
    public static String Import_pageDescription;
    public static String Import_file;
    public static String Import_browse;
    public static String Import_encoding;
    public static String Import_encodingAuto;
    public static String Import_encodingCp932;
    public static String Import_replace;
    public static String Import_noFile;
    public static String Import_member;
    public static String Import_notBaseline;
    public static String Import_failed;
    public static String Export_title;
    public static String Export_jobName;
    public static String Export_done;
    public static String Export_failed;
    public static String Results_departmentsChart;
    public static String Results_department;
    public static String Results_flowsChart;
    public static String Results_hires;
    public static String Results_leavers;
    public static String Results_trainings;
    public static String Results_moves;
    public static String Results_cost;
    public static String Plan_seats;
    public static String Plan_hires;
    public static String Plan_name;
    public static String Plan_noScenario;
    public static String Plan_status;
    public static String Plan_invalid;
    public static String Copy_title;
    public static String Copy_select;
    public static String Copy_prompt;
    public static String Copy_defaultName;
    public static String Copy_noName;
    public static String Copy_failed;
    public static String NewBaseline_title;
    public static String NewBaseline_pageTitle;
    public static String NewBaseline_pageDescription;
    public static String NewBaseline_folder;
    public static String NewBaseline_name;
    public static String NewBaseline_defaultName;
    public static String NewBaseline_size;
    public static String NewBaseline_sizeItem;
    public static String NewBaseline_year;
    public static String NewBaseline_file;
    public static String NewBaseline_specialWard;
    public static String NewBaseline_city;
    public static String NewBaseline_town;
    public static String NewBaseline_designatedCity;
    public static String NewBaseline_noFolder;
    public static String NewBaseline_noName;
    public static String NewBaseline_badFile;
    public static String NewBaseline_exists;
    public static String NewBaseline_failed;
    public static String Compare_title;
    public static String Compare_jobName;
    public static String Compare_select;
    public static String Compare_empty;
    public static String Compare_header;
    public static String Compare_scenario;
    public static String Compare_referenceMean;
    public static String Compare_difference;
    public static String Compare_interval;
    public static String Compare_better;
    public static String Prefs_description;
    public static String Prefs_replications;
    public static String Prefs_replicationsRange;
    public static String Prefs_threads;
    public static String Prefs_threadsRange;
    public static String Preview_noScenario;
    public static String Preview_cannot;
    public static String Preview_computing;
    public static String Preview_status;
    public static String Preview_target;
    public static String Preview_valueAndTarget;
    public static String Run_title;
    public static String Run_jobName;
    public static String Run_progress;
    public static String Run_invalid;
    public static String Run_cannotRun;
    public static String Run_noScenario;
    public static String Run_saveFirst;
    public static String Run_failed;
    public static String Run_notAScenario;
    public static String Results_header;
    public static String Results_stale;
    public static String Results_missingScenario;
    public static String Results_unreadable;
    public static String Results_unreadableBecause;
    public static String Results_notResults;
    public static String Results_targetChart;
    public static String Results_stepsChart;
    public static String Results_year;
    public static String Results_target;
    public static String Results_mean;
    public static String Results_median;
    public static String Results_probability;
    public static String Results_belowStep1;
    public static String Results_copy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
