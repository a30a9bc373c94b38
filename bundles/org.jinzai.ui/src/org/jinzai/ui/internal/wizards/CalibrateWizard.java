package org.jinzai.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jinzai.engine.calibration.Calibration;
import org.jinzai.engine.calibration.Calibration.Estimate;
import org.jinzai.engine.calibration.History;
import org.jinzai.engine.calibration.HistoryProblem;
import org.jinzai.model.AttritionRate;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.HistoryImport;
import org.jinzai.model.io.RosterImport.LineError;
import org.jinzai.model.templates.ScenarioTemplates;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.reports.RosterFiles;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.ScenarioCalibration;
import org.jinzai.ui.internal.Messages;

/**
 * Rates from the history (context menu of a .jzs): past rosters are chosen, read and checked at once (every bad line
 * with its file and number; a file with one is not used), the leaving rates and the re-appointment probability they
 * give are shown beside the scenario's with their 90 % intervals, and Finish writes them, each with where it came
 * from, into a new scenario beside the original (which is not changed).
 */
public final class CalibrateWizard extends Wizard {

    private final Scenario scenario;
    private final Path scenarioFile;
    private Page page;
    private Path written;

    /** Whether the scenario is a new status-quo scenario of a baseline (written as it is), not a copy of a saved one. */
    private final boolean fromBaseline;

    /**
     * @param scenario     the scenario as saved in {@code scenarioFile} (its rates' bands are those estimated), or a
     *                     new one of the baseline saved there ({@link Experiments#newStatusQuo})
     * @param scenarioFile the scenario's file, or the baseline's: the new scenario is written beside it
     * @param fromBaseline whether the scenario is a new one of the baseline in {@code scenarioFile}
     */
    public CalibrateWizard(Scenario scenario, Path scenarioFile, boolean fromBaseline) {
        this.scenario = scenario;
        this.scenarioFile = scenarioFile;
        this.fromBaseline = fromBaseline;
        setWindowTitle(Messages.Calibrate_title);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The new scenario written by Finish, or null. */
    public Path written() {
        return written;
    }

    /** Chooses history files and a new file name as a user would (for tests); returns the rows of the estimates table. */
    public List<String> choose(List<Path> files, String newFile) {
        page.files.clear();
        page.files.addAll(files);
        page.fileName.setText(newFile);
        page.read();
        List<String> rows = new ArrayList<>();
        for (TableItem item : page.table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < page.table.getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            rows.add(String.join(" | ", cells)); //$NON-NLS-1$
        }
        return rows;
    }

    /** The problems shown (bad lines, inconsistent members), for tests. */
    public String problems() {
        return page.problems.getText();
    }

    @Override
    public boolean performFinish() {
        ScenarioCalibration.Estimates estimates = page.estimates;
        Path target = page.target();
        if (estimates == null || target == null) {
            page.updateState(); // the file appeared meanwhile: said on the page
            return false;
        }
        Scenario calibrated = EcoreUtil.copy(scenario);
        ScenarioCalibration.write(estimates, calibrated);
        try {
            if (fromBaseline) {
                Experiments.saveNew(calibrated, target, NLS.bind(Messages.Calibrate_newName, ScenarioTemplates.Variant.STATUS_QUO.label()));
            } else {
                Experiments.saveCopy(scenario, calibrated, target, NLS.bind(Messages.Calibrate_newName, scenario.getName()));
            }
        } catch (IOException | RuntimeException e) {
            page.setMessage(NLS.bind(Messages.Calibrate_failed, target.getFileName(), e.getLocalizedMessage()), IMessageProvider.ERROR);
            return false;
        }
        written = target;
        return true;
    }

    private final class Page extends WizardPage {
        private final List<Path> files = new ArrayList<>();
        private org.eclipse.swt.widgets.List fileList;
        private Table table;
        private Text problems;
        private Text fileName;
        private ScenarioCalibration.Estimates estimates;
        private String lastFolder;

        Page() {
            super("calibrate"); //$NON-NLS-1$
            setTitle(Messages.Calibrate_title);
            setDescription(NLS.bind(Messages.Calibrate_description, scenario.getName()));
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            Label label = new Label(area, SWT.NONE);
            label.setText(Messages.Calibrate_files);
            fileList = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL | SWT.MULTI);
            GridDataFactory.fillDefaults().grab(true, false).hint(420, 80).applyTo(fileList);
            Composite buttons = new Composite(area, SWT.NONE);
            buttons.setLayout(new GridLayout(1, true));
            Button add = new Button(buttons, SWT.PUSH);
            add.setText(Messages.Calibrate_add);
            add.addListener(SWT.Selection, e -> addFiles());
            Button remove = new Button(buttons, SWT.PUSH);
            remove.setText(Messages.Calibrate_remove);
            remove.addListener(SWT.Selection, e -> {
                int[] chosen = fileList.getSelectionIndices();
                for (int k = chosen.length - 1; k >= 0; k--) {
                    files.remove(chosen[k]);
                }
                read();
            });
            table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 330).applyTo(table);
            for (String header : new String[] { Messages.Calibrate_colBand, Messages.Calibrate_colType, Messages.Calibrate_colScenario,
                Messages.Calibrate_colEstimate, Messages.Calibrate_colInterval, Messages.Calibrate_colBasis }) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(header);
                column.setWidth(header.equals(Messages.Calibrate_colBasis) ? 260 : header.equals(Messages.Calibrate_colBand) ? 170 : 110);
            }
            problems = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(problems);
            Label nameLabel = new Label(area, SWT.NONE);
            nameLabel.setText(Messages.Calibrate_newFile);
            fileName = new Text(area, SWT.BORDER);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fileName);
            fileName.setText(NLS.bind(Messages.Calibrate_defaultFile, baseName()));
            fileName.addListener(SWT.Modify, e -> updateState());
            setControl(area);
            updateState();
        }

        private String baseName() {
            // of a baseline, the new status-quo scenario's file as the examples name it (現状維持, status-quo)
            String file = fromBaseline ? org.jinzai.ui.internal.ExampleNames.current().path("status-quo.jzs").lastSegment() //$NON-NLS-1$
                    : scenarioFile.getFileName().toString();
            return file.replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private void addFiles() {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
            // where the last rosters came from (the history folder), else beside the scenario
            dialog.setFilterPath(lastFolder != null ? lastFolder : scenarioFile.getParent().toString());
            if (dialog.open() == null) {
                return;
            }
            lastFolder = dialog.getFilterPath();
            for (String name : dialog.getFileNames()) {
                Path file = Path.of(dialog.getFilterPath(), name);
                if (!files.contains(file)) {
                    files.add(file);
                }
            }
            read();
        }

        /** Reads every file, shows the estimates or what keeps them from being made. */
        void read() {
            fileList.removeAll();
            files.forEach(f -> fileList.add(f.getFileName().toString()));
            table.removeAll();
            estimates = null;
            StringBuilder said = new StringBuilder();
            List<ScenarioCalibration.HistoryFile> read = new ArrayList<>();
            boolean bad = false;
            for (Path file : files) {
                try {
                    HistoryImport.Result result = RosterFiles.readHistory(file, null);
                    for (LineError error : result.errors()) {
                        said.append(file.getFileName()).append(": ").append(error).append('\n'); //$NON-NLS-1$
                    }
                    bad |= !result.ok();
                    read.add(new ScenarioCalibration.HistoryFile(file.getFileName().toString(), result.rows()));
                } catch (IOException | RuntimeException e) {
                    // a file that is no roster at all (a damaged workbook): said, not a crash
                    said.append(NLS.bind(Messages.Calibrate_unreadable, file.getFileName(), e.getLocalizedMessage())).append('\n');
                    bad = true;
                }
            }
            for (String[] clash : ScenarioCalibration.sameYear(read)) {
                said.append(NLS.bind(Messages.Calibrate_sameYear, new Object[] { clash[1], clash[2], clash[0] })).append('\n');
                bad = true;
            }
            if (!bad && !read.isEmpty()) {
                History history = ScenarioCalibration.history(scenario, read);
                for (HistoryProblem problem : history.problems()) {
                    said.append(NLS.bind(Messages.Calibrate_leftOut, new Object[] { problem.source(), problem.line(), problem.id() })).append('\n');
                }
                List<Integer> missing = ScenarioCalibration.missingYears(history);
                if (!missing.isEmpty()) {
                    said.append(NLS.bind(Messages.Calibrate_missingYears, String.join("、", missing.stream().map(String::valueOf).toList()))) //$NON-NLS-1$
                            .append('\n');
                }
                if (history.transitions().isEmpty()) {
                    said.append(Messages.Calibrate_tooShort).append('\n');
                } else {
                    estimates = ScenarioCalibration.estimate(scenario, history);
                    if (!estimates.unknownCourses().isEmpty()) {
                        said.append(NLS.bind(Messages.Calibrate_unknownCourses, String.join("、", estimates.unknownCourses()))).append('\n'); //$NON-NLS-1$
                    }
                    show(estimates);
                    // the first column as wide as its longest item (a course's name), never narrower than the ages
                    int least = table.getColumn(0).getWidth();
                    table.getColumn(0).pack();
                    table.getColumn(0).setWidth(Math.max(least, table.getColumn(0).getWidth()));
                }
            }
            problems.setText(said.toString().strip());
            updateState();
        }

        private void show(ScenarioCalibration.Estimates e) {
            for (int k = 0; k < e.rates().size(); k++) {
                AttritionRate rate = e.rates().get(k);
                Estimate estimate = e.leaving().get(k);
                TableItem item = new TableItem(table, SWT.NONE);
                boolean seen = estimate.exposure() > 0;
                item.setText(new String[] { rate.getMinAge() + "–" + rate.getMaxAge(), //$NON-NLS-1$
                    employment(rate), percent(rate.getYearlyRate()),
                    seen ? percent(estimate.value()) : Messages.Calibrate_nobody,
                    seen ? percent(estimate.low()) + "–" + percent(estimate.high()) : "", //$NON-NLS-1$ //$NON-NLS-2$
                    seen ? NLS.bind(Messages.Calibrate_basisMonths, (int) estimate.events(), String.format(Locale.ROOT, "%,.0f", estimate.exposure())) //$NON-NLS-1$
                            : "" }); //$NON-NLS-1$
            }
            if (e.reappointment() != null && scenario.getAppointment() != null) {
                Estimate kept = e.reappointment();
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { Messages.Calibrate_reappointment, "", percent(scenario.getAppointment().getReappointmentProbability()), //$NON-NLS-1$
                    percent(kept.value()), percent(kept.low()) + "–" + percent(kept.high()), //$NON-NLS-1$
                    NLS.bind(Messages.Calibrate_basisPersons, (int) kept.events(), (int) kept.exposure()) });
            }
            // the yearly completions of each course, beside the plan's seats (written where it has none)
            for (Map.Entry<org.jinzai.model.Course, Calibration.Uptake> entry : e.courses().entrySet()) {
                Estimate perYear = entry.getValue().perYear();
                List<Integer> unplanned = ScenarioCalibration.unplannedYears(scenario, entry.getKey());
                org.jinzai.model.CourseSeats planned = ScenarioCalibration.firstPlanned(scenario, entry.getKey());
                String plan = !unplanned.isEmpty() ? NLS.bind(Math.round(perYear.value()) < 1 ? Messages.Calibrate_noSeatsFew : Messages.Calibrate_noSeats,
                        unplanned.size())
                        : NLS.bind(Messages.Calibrate_seats, planned.getSeats(), String.valueOf(planned.getFiscalYear()));
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { NLS.bind(Messages.Calibrate_course, ElementNames.name(entry.getKey())), "", plan, //$NON-NLS-1$
                    NLS.bind(Messages.Calibrate_perYear, String.format(Locale.ROOT, "%.1f", perYear.value())), //$NON-NLS-1$
                    String.format(Locale.ROOT, "%.1f–%.1f", perYear.low(), perYear.high()), //$NON-NLS-1$
                    NLS.bind(Messages.Calibrate_basisCourse, (int) perYear.events(), years(perYear.firstYear(), perYear.lastYear())) });
            }
            // the tenure the moves fit, by kind of department, beside the rotation's (its interval: of the yearly share of moves)
            org.jinzai.model.RotationPolicy rotation = scenario.getRotation();
            if (rotation != null && rotation.getMinTenureYears() > 0) {
                for (Map.Entry<org.jinzai.model.DepartmentKind, Calibration.Tenure> entry : e.tenures().entrySet()) {
                    Calibration.Tenure fit = entry.getValue();
                    int[] now = org.jinzai.model.util.Tenures.of(rotation, entry.getKey());
                    TableItem item = new TableItem(table, SWT.NONE);
                    item.setText(new String[] { NLS.bind(Messages.Calibrate_tenure, ElementNames.literal(entry.getKey())), "", //$NON-NLS-1$
                        NLS.bind(Messages.Calibrate_years, now[0], now[1]), NLS.bind(Messages.Calibrate_years, fit.minYears(), fit.maxYears()),
                        percent(fit.share().low()) + "–" + percent(fit.share().high()), //$NON-NLS-1$
                        NLS.bind(Messages.Calibrate_basisTenure, new Object[] { (int) fit.share().events(), (int) fit.share().exposure(),
                            percent(fit.share().value()) }) });
                }
            }
        }

        /** Fiscal years from one to another (2021–2024), or the one (2021). */
        private String years(int first, int last) {
            return first == last ? String.valueOf(first) : first + "–" + last; //$NON-NLS-1$
        }

        private String employment(AttritionRate rate) {
            return ElementNames.literal(rate.getEmploymentType());
        }

        private String percent(double share) {
            return String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$
        }

        /** The new scenario's file: a .jzs beside the original, not there yet; null (and said) otherwise. */
        Path target() {
            String name = fileName.getText().strip();
            if (name.isEmpty() || name.contains("/") || name.contains("\\")) { //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            }
            try {
                Path file = scenarioFile.resolveSibling(name.endsWith(".jzs") ? name : name + ".jzs"); //$NON-NLS-1$ //$NON-NLS-2$
                return Files.exists(file) ? null : file;
            } catch (java.nio.file.InvalidPathException e) {
                return null; // a character the file system does not allow in a name
            }
        }

        void updateState() {
            Path target = target();
            if (files.isEmpty()) {
                setMessage(Messages.Calibrate_chooseFiles, IMessageProvider.INFORMATION);
            } else if (estimates == null) {
                setMessage(Messages.Calibrate_cannot, IMessageProvider.ERROR);
            } else if (target == null) {
                setMessage(NLS.bind(Messages.Calibrate_badFile, fileName.getText().strip()), IMessageProvider.ERROR);
            } else {
                setMessage(NLS.bind(fromBaseline ? Messages.Calibrate_readyBaseline : Messages.Calibrate_ready, target.getFileName()),
                        IMessageProvider.NONE);
            }
            setPageComplete(estimates != null && target != null);
        }
    }
}
