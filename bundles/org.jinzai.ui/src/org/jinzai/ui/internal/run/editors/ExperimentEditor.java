package org.jinzai.ui.internal.run.editors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.jinzai.model.Experiment;
import org.jinzai.model.GoalSeekExperiment;
import org.jinzai.model.LeverEvaluation;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.SweepExperiment;
import org.jinzai.model.SweepPoint;
import org.jinzai.model.TargetOutcome;
import org.jinzai.model.editor.internal.WheelGuard;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.reports.ExperimentWorkbook;
import org.jinzai.reports.Formats;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.Experiments;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.files.SystemPrograms;
import org.jinzai.ui.internal.run.handlers.RunScenarioHandler;

/**
 * An experiment ({@code .jzx}) as saved: a goal-seek (its answer in a sentence, the probability at each value
 * evaluated), a sweep (a heat-map table of the probability of meeting the chosen target for each value or pair of
 * values, with its chart) or a sensitivity analysis (a tornado chart and its table). Copy puts the table on the
 * clipboard; an experiment whose scenario changed since is marked as stale.
 */
public final class ExperimentEditor extends SavedOutputEditor {

    public static final String ID = "org.jinzai.ui.experimentEditor"; //$NON-NLS-1$

    private Experiment experiment;
    private Label summary;
    private Combo targetChoice;

    @Override
    protected void read(Resource resource, String fileName) throws PartInitException {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Experiment loaded)) {
            throw new PartInitException(NLS.bind(Messages.Experiment_notExperiment, fileName));
        }
        experiment = loaded;
        header(NLS.bind(Messages.Experiment_header, new Object[] { loaded.getName(), loaded.getReplications(),
                Long.toString(loaded.getSeed()), runs(loaded), String.format(Locale.ROOT, "%.1f", loaded.getElapsedSeconds()), //$NON-NLS-1$
                ResultsEditor.localTime(loaded.getCreatedAt()) }));
        municipality(loaded.getScenario() == null || loaded.getScenario().eIsProxy() || loaded.getScenario().getBaseline() == null ? null
                : loaded.getScenario().getBaseline().getName());
    }

    @Override
    protected String warningOf(Resource resource) {
        Experiment loaded = (Experiment) resource.getContents().get(0);
        if (loaded.getScenario() == null || loaded.getScenario().eIsProxy()) {
            return NLS.bind(Messages.Experiment_missingScenario, loaded.getScenarioFile());
        }
        return Experiments.stale(loaded) ? Messages.Experiment_stale : null;
    }

    private static int runs(Experiment e) {
        if (e instanceof GoalSeekExperiment goalSeek) {
            return goalSeek.getEvaluations().size();
        }
        if (e instanceof SweepExperiment sweep) {
            return sweep.getPoints().size();
        }
        return 1 + 2 * ((SensitivityExperiment) e).getBars().size();
    }

    /** The experiment shown. */
    public Experiment experiment() {
        return experiment;
    }

    /** The sentence or caption above the chart. */
    public String summaryText() {
        return summary.getText();
    }

    /**
     * Writes the experiment as an Excel workbook beside its file (NAME.xlsx, in Japanese like the other reports) and
     * says where; returns the file, or null when it could not be written (the user is told why).
     */
    public IFile exportWorkbook() {
        IFile file = ((IFileEditorInput) getEditorInput()).getFile();
        String name = file.getName().substring(0, file.getName().length() - file.getFileExtension().length()) + "xlsx"; //$NON-NLS-1$
        IFile workbook = file.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(name));
        try {
            JinzaiResources.writeAtomically(workbook.getLocation().toFile().toPath(),
                    new ExperimentWorkbook(experiment, Locale.JAPANESE).toBytes());
            workbook.refreshLocal(IResource.DEPTH_ZERO, null);
            SystemPrograms.tellWritten(getSite().getShell(), Messages.Experiment_exportWorkbook, Messages.Experiment_exported, List.of(workbook));
            return workbook;
        } catch (IOException | CoreException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Experiment_exportWorkbook,
                    NLS.bind(Messages.Experiment_exportFailed, name, e.getLocalizedMessage()));
            return null;
        }
    }

    /**
     * For a current goal-seek with an answer: writes a new scenario beside its scenario with the lever at the answer in
     * every fiscal year (see {@link Experiments#apply}), runs it and opens its results. The file name is asked for when
     * {@code fileName} is null. Returns the new scenario's file, or null when nothing was written (cancelled, or the
     * user was told why).
     */
    public IFile applyToPlan(String fileName) {
        return applyToPlan(fileName, -1);
    }

    /** A sweep's point is written and run as a goal-seek's answer is ({@link #applyToPlan(String)}). */
    public IFile applyPoint(String fileName, int value) {
        return applyToPlan(fileName, value);
    }

    /** How an experiment's answer (or a sweep's point) becomes a new scenario. */
    private interface Application {
        void write(java.nio.file.Path file) throws IOException;
    }

    private IFile applyToPlan(String fileName, int point) {
        Shell shell = getSite().getShell();
        // read again: the scenario may have been edited and saved since the editor opened
        Experiment read;
        try {
            read = (Experiment) JinzaiResources.load(((IFileEditorInput) getEditorInput()).getFile().getLocation().toFile().toPath())
                    .getContents().get(0);
        } catch (ModelLoadException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Experiment_applyToPlan, NLS.bind(Messages.Experiment_applyFailed, e.getLocalizedMessage()));
            return null;
        }
        Locale locale = Locale.getDefault();
        String planName;
        String lever;
        int value;
        Application application;
        if (read instanceof GoalSeekExperiment goalSeek && goalSeek.isFeasible()) {
            planName = ReportData.appliedPlanName(goalSeek, locale);
            lever = Charts.leverName(goalSeek.getLever(), locale);
            value = goalSeek.getAnswer();
            application = file -> Experiments.apply(goalSeek, file, planName);
        } else if (read instanceof SweepExperiment sweep && sweep.getSecond() == null && sweep.getPoints().stream().anyMatch(p -> p.getFirst() == point)) {
            planName = ReportData.appliedPlanName(sweep, point, 0, locale);
            lever = Charts.leverName(sweep.getFirst(), locale);
            value = point;
            application = file -> Experiments.apply(sweep, point, 0, file, planName);
        } else {
            MessageDialog.openInformation(shell, Messages.Experiment_applyToPlan, Messages.Experiment_applyCannot);
            return null;
        }
        IContainer folder = read.getScenario() == null || read.getScenario().eIsProxy() ? null : scenarioFolder(read);
        if (folder == null || Experiments.stale(read)) {
            MessageDialog.openInformation(shell, Messages.Experiment_applyToPlan, Messages.Experiment_applyCannot);
            return null;
        }
        String scenarioFile = read.getScenario().eResource().getURI().lastSegment();
        String name = fileName;
        if (name == null) {
            // named after the plan, as the planner reads it (「現状維持（DX基礎研修 定員 年19人）.jzs」)
            String suggested = planName.replaceAll("[\\\\/:*?\"<>|]", "_") + ".jzs"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            InputDialog ask = new InputDialog(shell, Messages.Experiment_applyToPlan,
                    NLS.bind(Messages.Experiment_applyMessage, new Object[] { lever, value, scenarioFile }),
                    suggested, text -> newScenarioProblem(folder, text));
            if (ask.open() != Window.OK) {
                return null;
            }
            name = ask.getValue().strip();
        }
        String problem = newScenarioProblem(folder, name);
        if (problem != null) {
            MessageDialog.openError(shell, Messages.Experiment_applyToPlan, problem);
            return null;
        }
        IFile created = folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(name));
        try {
            application.write(created.getLocation().toFile().toPath());
            created.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Experiment_applyToPlan, NLS.bind(Messages.Experiment_applyFailed, e.getLocalizedMessage()));
            return null;
        }
        RunScenarioHandler.schedule(created, getSite().getPage(), null);
        return created;
    }

    /** The workspace folder of a goal-seek's scenario (the new plan goes beside it), or null when it is not in the workspace. */
    private static IContainer scenarioFolder(Experiment experiment) {
        org.eclipse.emf.common.util.URI uri = experiment.getScenario().eResource().getURI();
        if (!uri.isFile()) {
            return null;
        }
        IFile[] files = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(java.nio.file.Path.of(uri.toFileString()).toUri());
        return files.length == 0 ? null : files[0].getParent();
    }

    /** What is wrong with a file name for the new scenario, or null. */
    private static String newScenarioProblem(IContainer folder, String text) {
        String name = text == null ? "" : text.strip(); //$NON-NLS-1$
        if (!name.endsWith(".jzs") || name.length() <= 4 || name.contains("/") || name.contains("\\")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Messages.Experiment_applyNameBad;
        }
        IFile file = folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(name));
        return file.exists() || file.getLocation().toFile().exists() ? NLS.bind(Messages.Experiment_applyNameExists, name) : null;
    }

    /** The lever's value of the sweep's row chosen in the table, or -1. */
    private int selectedPoint() {
        int row = numbers.getTable().getSelectionIndex();
        SweepExperiment sweep = (SweepExperiment) experiment;
        return row < 0 || row >= sweep.getPoints().size() ? -1 : sweep.getPoints().get(row).getFirst();
    }

    /** For a sweep: shows another target (its index among the scenario's targets). */
    public void showTarget(int index) {
        targetChoice.select(index);
        showSweep(index);
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = headed(parent);
        Composite line = new Composite(root, SWT.NONE);
        line.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        summary = new Label(line, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        chartAndTable(root);
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        copyButton(buttons);
        canvas.placeButtonsIn(buttons);
        Button export = new Button(buttons, SWT.PUSH);
        export.setText(Messages.Experiment_exportWorkbook);
        export.addListener(SWT.Selection, e -> exportWorkbook());
        if (experiment instanceof GoalSeekExperiment goalSeek) {
            buttons.setLayout(new GridLayout(6, false));
            Button apply = new Button(buttons, SWT.PUSH);
            apply.setText(Messages.Experiment_applyToPlan);
            boolean applicable = goalSeek.isFeasible() && !Experiments.stale(goalSeek);
            apply.setEnabled(applicable);
            apply.setToolTipText(applicable ? Messages.Experiment_applyTip : Messages.Experiment_applyCannot);
            apply.addListener(SWT.Selection, e -> applyToPlan(null));
        }
        if (experiment instanceof SweepExperiment sweep && sweep.getSecond() == null) {
            // a sweep of one lever: the value of the row chosen in the table
            buttons.setLayout(new GridLayout(6, false));
            Button apply = new Button(buttons, SWT.PUSH);
            apply.setText(Messages.Experiment_applyPoint);
            boolean current = !Experiments.stale(sweep);
            apply.setEnabled(false);
            apply.setToolTipText(current ? Messages.Experiment_applyPointTip : Messages.Experiment_applyCannot);
            numbers.addSelectionChangedListener(event -> apply.setEnabled(current && selectedPoint() >= 0));
            apply.addListener(SWT.Selection, e -> applyPoint(null, selectedPoint()));
        }
        Locale locale = Locale.getDefault();
        boolean share = Formats.isShare(experiment.getTarget());
        switch (experiment) {
            case GoalSeekExperiment e -> {
                boolean early = e.getEvaluations().stream().anyMatch(v -> v.getReplications() > 0 && v.getReplications() < e.getReplications());
                summary.setText(sentence(e, locale) + (early ? " " + Messages.Experiment_decidedEarly : "")); //$NON-NLS-1$ //$NON-NLS-2$
                canvas.show(() -> Charts.goalSeek(e, locale));
                List<LeverEvaluation> rows = new ArrayList<>(e.getEvaluations());
                rows.sort(Comparator.comparingInt(LeverEvaluation::getValue));
                fill(new String[] { Charts.leverName(e.getLever(), locale), Messages.Experiment_probabilityMet, Messages.Experiment_mean,
                    Messages.Experiment_evaluationReplications },
                        rows.stream().map(v -> new String[] { Integer.toString(v.getValue()), Formats.probability(v.getProbability()),
                                Formats.value(v.getMean(), share), v.getReplications() > 0 ? String.format(Locale.ROOT, "%,d", v.getReplications()) : "" }) //$NON-NLS-1$ //$NON-NLS-2$
                                .toList(),
                        null);
            }
            case SweepExperiment e -> {
                targetChoice = WheelGuard.protect(new Combo(line, SWT.READ_ONLY));
                if (!e.getPoints().isEmpty()) {
                    e.getPoints().get(0).getValues().forEach(v -> targetChoice.add(v.getTargetName()));
                }
                int shown = Math.max(0, targetIndex(e));
                targetChoice.addListener(SWT.Selection, event -> showSweep(targetChoice.getSelectionIndex()));
                if (targetChoice.getItemCount() > 0) {
                    targetChoice.select(shown);
                    showSweep(shown);
                }
            }
            case SensitivityExperiment e -> {
                summary.setText(NLS.bind(Messages.Experiment_tornadoSummary, new Object[] { e.getTargetName(), FiscalYears.label(e.getFiscalYear()),
                        Formats.value(e.getBaseMean(), share), new java.text.DecimalFormat("0.#").format(e.getPercent()) })); //$NON-NLS-1$
                canvas.show(() -> Charts.tornado(e, locale));
                fill(new String[] { Messages.Experiment_leverColumn, Messages.Experiment_lowSetting, Messages.Experiment_highSetting,
                        Messages.Experiment_lowMean, Messages.Experiment_highMean, Messages.Experiment_swing, Messages.Experiment_lowProbability,
                        Messages.Experiment_highProbability },
                        e.getBars().stream().map(b -> new String[] { Charts.leverName(b.getLever(), locale), Formats.number(b.getLowValue()),
                                Formats.number(b.getHighValue()), Formats.value(b.getLowMean(), share), Formats.value(b.getHighMean(), share),
                                (b.getHighMean() >= b.getLowMean() ? "+" : "") + Formats.value(b.getHighMean() - b.getLowMean(), share), //$NON-NLS-1$ //$NON-NLS-2$
                                Formats.probability(b.getLowProbability()),
                                Formats.probability(b.getHighProbability()) }).toList(), null);
            }
            default -> {
            }
        }
        line.layout(true);
    }

    private static int targetIndex(SweepExperiment e) {
        if (e.getPoints().isEmpty()) {
            return -1;
        }
        List<TargetOutcome> values = e.getPoints().get(0).getValues();
        for (int k = 0; k < values.size(); k++) {
            if (values.get(k).getTarget() == e.getTarget()) {
                return k;
            }
        }
        return 0;
    }

    /** The goal-seek's answer as a sentence. */
    static String sentence(GoalSeekExperiment e, Locale locale) {
        String lever = Charts.elementName(e.getLever());
        String year = FiscalYears.label(e.getFiscalYear());
        String interval = Formats.probability(e.getProbabilityLow()) + "–" + Formats.probability(e.getProbabilityHigh()); //$NON-NLS-1$
        if (e.isFeasible()) {
            return NLS.bind("seats".equals(e.getLever().getKind()) ? Messages.Experiment_goalSeekSeats : Messages.Experiment_goalSeekHires, //$NON-NLS-1$
                    new Object[] { e.getAnswer(), lever, e.getTargetName(), year, Formats.probability(e.getProbability()),
                            Formats.probability(e.getAchievedProbability()), interval });
        }
        return NLS.bind(Messages.Experiment_infeasible, new Object[] { e.getTargetName(), year, Formats.probability(e.getProbability()),
                e.getMaximum(), Charts.leverName(e.getLever(), locale), Formats.probability(e.getAchievedProbability()) });
    }

    /** The heat map of a sweep for one target: rows the first lever's values, columns the second's (or mean and probability). */
    private void showSweep(int target) {
        SweepExperiment e = (SweepExperiment) experiment;
        Locale locale = Locale.getDefault();
        String name = targetChoice.getItem(target);
        summary.setText(NLS.bind(Messages.Experiment_sweepSummary, name, FiscalYears.label(e.getFiscalYear())));
        canvas.show(() -> Charts.sweep(e, target, locale));
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> columns = new TreeSet<>();
        for (SweepPoint p : e.getPoints()) {
            rows.add(p.getFirst());
            columns.add(p.getSecond());
        }
        List<String[]> cells = new ArrayList<>();
        String[] headers;
        if (e.getSecond() == null) {
            headers = new String[] { Charts.leverName(e.getFirst(), locale), Messages.Experiment_mean, Messages.Experiment_probabilityMet };
            for (SweepPoint p : e.getPoints()) {
                TargetOutcome v = p.getValues().get(target);
                cells.add(new String[] { Integer.toString(p.getFirst()), Formats.value(v.getMean(), Formats.isShare(v.getTarget())),
                        Formats.probability(v.getProbability()) });
            }
        } else {
            headers = new String[1 + columns.size()];
            headers[0] = Charts.leverName(e.getFirst(), locale) + " ＼ " + Charts.leverName(e.getSecond(), locale); //$NON-NLS-1$
            int c = 1;
            for (int column : columns) {
                headers[c++] = Integer.toString(column);
            }
            for (int row : rows) {
                String[] cellRow = new String[1 + columns.size()];
                cellRow[0] = Integer.toString(row);
                int k = 1;
                for (int column : columns) {
                    cellRow[k++] = e.getPoints().stream().filter(p -> p.getFirst() == row && p.getSecond() == column).findFirst()
                            .map(p -> Formats.probability(p.getValues().get(target).getProbability())).orElse(""); //$NON-NLS-1$
                }
                cells.add(cellRow);
            }
        }
        // darker where the target is more likely to be met
        boolean oneLever = e.getSecond() == null;
        fill(headers, cells, (column) -> column > 0 && (!oneLever || column == 2));
    }

    /** Fills the table; the columns for which {@code heat} says so are shaded by their percentage. */
    private void fill(String[] headers, List<String[]> rows, Function<Integer, Boolean> heat) {
        var table = numbers.getTable();
        table.setRedraw(false);
        try {
            showRows(headers, rows, 220, 110, (row, column) -> {
                String text = row[column];
                return heat == null || !heat.apply(column) || !text.endsWith("%") ? null //$NON-NLS-1$
                        : shades.of(Double.parseDouble(text.substring(0, text.length() - 1)) / 100);
            }, null);
            // wide enough for the headers and the numbers
            for (var column : table.getColumns()) {
                int set = column.getWidth();
                column.pack();
                column.setWidth(Math.max(set, column.getWidth()));
            }
        } finally {
            table.setRedraw(true);
        }
    }

    @Override
    public void setFocus() {
        numbers.getControl().setFocus();
    }
}
