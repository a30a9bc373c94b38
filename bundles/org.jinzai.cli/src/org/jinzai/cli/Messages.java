package org.jinzai.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line (messages.properties, messages_ja.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jinzai.cli.messages"; //$NON-NLS-1$

    public static String Help;
    public static String HelpValidate;
    public static String HelpSimulate;
    public static String HelpImportStaff;
    public static String HelpCompare;
    public static String Version;
    public static String UnknownCommand;
    public static String UnknownOption;
    public static String MissingValue;
    public static String BadNumber;
    public static String BadFormat;
    public static String BadEngine;
    public static String NeedsFiles;
    public static String NoProblems;
    public static String ProblemCount;
    public static String NotAScenario;
    public static String NotABaseline;
    public static String Progress;
    public static String Written;
    public static String RunFailed;
    public static String InternalError;
    public static String OutOfMemory;
    public static String Imported;
    public static String ImportBackup;
    public static String ImportNoFile;
    public static String ImportFailed;
    public static String ImportNothingChanged;
    public static String ImportSheetNotWorkbook;
    public static String ImportEncodingNotCsv;
    public static String ImportReplaceAndAppend;
    public static String HelpSensitivity;
    public static String SensitivityHeader;
    public static String HelpSweep;
    public static String BadValues;
    public static String SweepGrid;
    public static String HelpGoalSeek;
    public static String MissingOption;
    public static String BadRange;
    public static String BadProbability;
    public static String UnknownTarget;
    public static String BadYear;
    public static String BadLever;
    public static String GoalSeekSeats;
    public static String ExperimentLeftOut;
    public static String RankingHeader;
    public static String GoalSeekHires;
    public static String GoalSeekInfeasible;
    public static String OutputNotFolder;
    public static String OutputHoldsOthers;
    public static String OutputUnreadable;
    public static String OutputChanged;
    public static String OutputIsRoot;
    public static String OutputIsLink;
    public static String OutputNotWritable;
    public static String BadEncoding;
    public static String ApplyNeedsScenarioFile;
    public static String ApplyExists;
    public static String Applied;
    public static String ApplyNothing;
    public static String TemplateNeedsDocx;
    public static String TemplateNeedsDocxName;
    public static String TemplateExists;
    public static String TemplateNotWritten;
    public static String TemplateWritten;
    public static String HelpPolicyTemplate;
    public static String TemplateNeedsApply;
    public static String BadPoint;
    public static String AppliedPoint;

    public static String GoalSeekReplications;
    public static String CalibrateFileProblem;
    public static String CalibrateRefused;
    public static String CalibrateDuplicate;
    public static String CalibrateReturns;
    public static String CalibrateBirthYear;
    public static String CalibrateHeader;
    public static String CalibrateColumns;
    public static String CalibrateReappointment;
    public static String CalibrateNoPromoters;
    public static String CalibrateMethod;
    public static String CalibrateNoRates;
    public static String HelpCalibrate;
    public static String CalibrateRegular;
    public static String CalibrateFixedTerm;
    public static String CalibratePartTime;
    public static String CalibrateOutsourced;
    public static String CalibrateNobody;
    public static String CalibrateIntoMisplaced;
    public static String CalibrateIntoExists;
    public static String CalibrateIntoFailed;
    public static String CalibratedName;
    public static String CalibrateWritten;
    public static String HelpBacktest;
    public static String BacktestRefused;
    public static String BacktestTooShort;
    public static String BacktestUnknownDepartment;
    public static String BacktestHeader;
    public static String BacktestDrawn;
    public static String BacktestFixed;
    public static String BacktestColumns;
    public static String BacktestCohort;
    public static String BacktestByBand;
    public static String BacktestLeavers;
    public static String BacktestMoves;
    public static String BacktestPromoters;
    public static String BacktestAll;
    public static String BacktestMethod;
    public static String BacktestReference;
    public static String CalibrateMovesHeader;
    public static String CalibrateMovesHeaderNoRotation;
    public static String CalibrateMoves;
    public static String CalibrateSameYear;
    public static String CalibrateMissingYears;
    public static String CalibrateUnknownDepartment;
    public static String CalibrateNoTransitions;
    public static String BacktestOtherUnknownDepartments;
    public static String CalibrateTenureFit;
    public static String CalibrateTenureTooFew;
    public static String CalibrateTenureWritten;
    public static String CalibrateTenureNoMonths;
    public static String BacktestRecorded;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
