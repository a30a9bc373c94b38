package org.jinzai.ui.internal.run.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jinzai.model.Scenario;
import org.jinzai.model.editor.internal.WheelGuard;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.reports.Charts;
import org.jinzai.scenario.ExperimentRequest;
import org.jinzai.scenario.Experiments;
import org.jinzai.scenario.Levers;
import org.jinzai.ui.internal.Messages;

/**
 * Asks the question of an experiment on a scenario: the target and fiscal year, and per kind the lever and range
 * (goal-seek), the levers and their values (sweep) or the levers and the change (sensitivity), with the replications
 * per run. Wrong entries are named in the message area and keep OK disabled.
 */
public final class ExperimentDialog extends TitleAreaDialog {

    /** The kinds of experiment. */
    public enum Kind {
        GOAL_SEEK("goal-seek"), SWEEP("sweep"), SENSITIVITY("sensitivity"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        private final String requestKind;

        Kind(String requestKind) {
            this.requestKind = requestKind;
        }

        /** The kind as requests name it ({@link ExperimentRequest#kind()}). */
        public String requestKind() {
            return requestKind;
        }
    }

    private final Kind kind;
    private final Scenario scenario;
    private final List<Levers.Lever> levers;
    private final int defaultReplications;
    private ExperimentRequest request;
    private int chosenReplications;

    private Combo target;
    private Combo year;
    private Spinner replications;
    private Combo lever;
    private Spinner minimum;
    private Spinner maximum;
    private Text probability;
    private Text values;
    private Combo lever2;
    private Text values2;
    private Table leverChoice;
    private Spinner percent;
    private Label estimate;

    public ExperimentDialog(Shell shell, Kind kind, Scenario scenario, int defaultReplications) {
        super(shell);
        this.kind = kind;
        this.scenario = scenario;
        this.levers = Levers.all(scenario);
        this.defaultReplications = defaultReplications;
    }

    /** The question, once OK was pressed. */
    public ExperimentRequest request() {
        return request;
    }

    /** The replications of each run, once OK was pressed. */
    public int replications() {
        return chosenReplications;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    private String title() {
        return switch (kind) {
            case GOAL_SEEK -> Messages.Experiment_goalSeekTitle;
            case SWEEP -> Messages.Experiment_sweepTitle;
            case SENSITIVITY -> Messages.Experiment_sensitivityTitle;
        };
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title());
        setMessage(switch (kind) {
            case GOAL_SEEK -> Messages.Experiment_goalSeekMessage;
            case SWEEP -> Messages.Experiment_sweepMessage;
            case SENSITIVITY -> Messages.Experiment_sensitivityMessage;
        });
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(form);

        target = combo(form, Messages.Experiment_target);
        scenario.getTargets().forEach(t -> target.add(t.getName()));
        target.select(0);
        year = combo(form, Messages.Experiment_year);
        int first = scenario.getRunSettings().getFirstFiscalYear();
        for (int y = 0; y < scenario.getRunSettings().getHorizonYears(); y++) {
            year.add(FiscalYears.label(first + y));
        }
        year.select(year.getItemCount() - 1);
        switch (kind) {
            case GOAL_SEEK -> {
                lever = leverCombo(form, Messages.Experiment_lever, false);
                // a text, not a spinner: a spinner would turn 150 into 100 without a word
                probability = text(form, Messages.Experiment_probability, "90"); //$NON-NLS-1$
                probability.setMessage(""); //$NON-NLS-1$
                GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(probability);
                label(form, Messages.Experiment_range);
                Composite range = new Composite(form, SWT.NONE);
                range.setLayout(new GridLayout(2, true));
                minimum = spinner(range, 0, 100_000, 0);
                maximum = spinner(range, 0, 100_000, 0);
                lever.addListener(SWT.Selection, e -> suggestRange());
                suggestRange();
            }
            case SWEEP -> {
                lever = leverCombo(form, Messages.Experiment_lever, false);
                values = text(form, Messages.Experiment_values, "0..40:10"); //$NON-NLS-1$
                lever2 = leverCombo(form, Messages.Experiment_lever2, true);
                values2 = text(form, Messages.Experiment_values, ""); //$NON-NLS-1$
            }
            case SENSITIVITY -> {
                label(form, Messages.Experiment_levers);
                leverChoice = new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
                for (Levers.Lever each : levers) {
                    TableItem item = new TableItem(leverChoice, SWT.NONE);
                    item.setText(Charts.leverName(Experiments.model(each), Locale.getDefault()));
                    // the levers in use are the ones worth moving
                    item.setChecked(Levers.plannedPerYear(each) > 0);
                }
                GridDataFactory.fillDefaults().grab(true, true).hint(360, 160).applyTo(leverChoice);
                leverChoice.addListener(SWT.Selection, e -> check());
                label(form, Messages.Experiment_change);
                percent = spinner(form, 1, 99, 20);
            }
        }
        label(form, Messages.Experiment_replications);
        replications = spinner(form, 10, 100_000, defaultReplications);
        replications.setIncrement(100);
        estimate = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(estimate);
        return area;
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        check();
        return contents;
    }

    private void suggestRange() {
        Levers.Lever chosen = levers.get(lever.getSelectionIndex());
        int planned = (int) Math.ceil(Levers.plannedPerYear(chosen));
        maximum.setSelection(Math.max(10, planned * 2));
        check();
    }

    private static Label label(Composite parent, String text) {
        return DialogFields.label(parent, text);
    }

    private Combo combo(Composite parent, String text) {
        return DialogFields.combo(parent, text, this::check);
    }

    private Combo leverCombo(Composite parent, String text, boolean optional) {
        Combo combo = combo(parent, text);
        if (optional) {
            combo.add(Messages.Experiment_noLever);
        }
        for (Levers.Lever each : levers) {
            combo.add(Charts.leverName(Experiments.model(each), Locale.getDefault()));
        }
        // the first lever planned in the scenario, else the first
        int chosen = 0;
        for (int k = 0; k < levers.size() && !optional; k++) {
            if (Levers.plannedPerYear(levers.get(k)) > 0) {
                chosen = k;
                break;
            }
        }
        combo.select(chosen);
        return combo;
    }

    /** A probability in percent from 1 to 100 ("90", "90%", "９０"), or null. */
    public static Double percent(String text) {
        try {
            double value = org.jinzai.model.validation.Rates.parsePercentNumber(text).doubleValue();
            return value >= 1 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Spinner spinner(Composite parent, int min, int max, int value) {
        Spinner spinner = WheelGuard.protect(new Spinner(parent, SWT.BORDER));
        spinner.setValues(Math.max(min, Math.min(max, value)), min, max, 0, 1, 10);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(spinner);
        spinner.addListener(SWT.Modify, e -> check());
        return spinner;
    }

    private Text text(Composite parent, String label, String value) {
        label(parent, label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        text.setMessage(Messages.Experiment_valuesHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addListener(SWT.Modify, e -> check());
        return text;
    }

    /** Checks the entries; names the first wrong one and disables OK, or shows how many runs it will take. */
    private void check() {
        if (estimate == null || replications == null) {
            return;
        }
        String error = null;
        int runs = 0;
        if (scenario.getTargets().isEmpty()) {
            error = Messages.Experiment_noTargets;
        } else {
            switch (kind) {
                case GOAL_SEEK -> {
                    if (percent(probability.getText()) == null) {
                        error = NLS.bind(Messages.Experiment_badProbability, probability.getText().strip());
                    } else if (minimum.getSelection() > maximum.getSelection()) {
                        error = Messages.Experiment_badRange;
                    }
                    runs = new ExperimentRequest.GoalSeek(0, 0, 0, null, minimum.getSelection(), maximum.getSelection()).runsAtMost();
                }
                case SWEEP -> {
                    int[] first = Levers.values(values.getText());
                    int[] second = lever2.getSelectionIndex() > 0 ? Levers.values(values2.getText()) : new int[] { 0 };
                    if (first == null) {
                        error = NLS.bind(Messages.Experiment_badValues, Messages.Experiment_values);
                    } else if (second == null) {
                        error = NLS.bind(Messages.Experiment_badValues, Messages.Experiment_lever2);
                    } else if (lever2.getSelectionIndex() - 1 == lever.getSelectionIndex()) {
                        error = Messages.Experiment_sameLever;
                    } else {
                        runs = first.length * second.length;
                    }
                }
                case SENSITIVITY -> {
                    int chosen = 0;
                    for (TableItem item : leverChoice.getItems()) {
                        chosen += item.getChecked() ? 1 : 0;
                    }
                    if (chosen == 0) {
                        error = Messages.Experiment_noLevers;
                    }
                    runs = 1 + 2 * chosen;
                }
            }
        }
        setErrorMessage(error);
        estimate.setText(error == null ? NLS.bind(Messages.Experiment_runs, runs, replications.getSelection()) : ""); //$NON-NLS-1$
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    @Override
    protected void okPressed() {
        int fiscalYear = scenario.getRunSettings().getFirstFiscalYear() + year.getSelectionIndex();
        String first = spec(levers.get(lever == null ? 0 : lever.getSelectionIndex()));
        List<String> chosen = new ArrayList<>();
        if (leverChoice != null) {
            for (int k = 0; k < leverChoice.getItemCount(); k++) {
                if (leverChoice.getItem(k).getChecked()) {
                    chosen.add(spec(levers.get(k)));
                }
            }
        }
        int goal = target.getSelectionIndex();
        request = switch (kind) {
            case GOAL_SEEK -> new ExperimentRequest.GoalSeek(goal, fiscalYear, percent(probability.getText()) / 100.0, first,
                    minimum.getSelection(), maximum.getSelection());
            case SWEEP -> {
                String second = lever2.getSelectionIndex() > 0 ? spec(levers.get(lever2.getSelectionIndex() - 1)) : null;
                yield new ExperimentRequest.Sweep(goal, fiscalYear, first, Levers.values(values.getText()), second,
                        second == null ? null : Levers.values(values2.getText()));
            }
            case SENSITIVITY -> new ExperimentRequest.Sensitivity(goal, fiscalYear, chosen, percent.getSelection());
        };
        chosenReplications = replications.getSelection();
        super.okPressed();
    }

    private static String spec(Levers.Lever lever) {
        return lever.specification();
    }
}
