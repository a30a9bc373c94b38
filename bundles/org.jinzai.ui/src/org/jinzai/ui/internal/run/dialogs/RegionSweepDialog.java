package org.jinzai.ui.internal.run.dialogs;

import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.widgets.Text;
import org.jinzai.model.AllocationPolicy;
import org.jinzai.model.Region;
import org.jinzai.model.Target;
import org.jinzai.model.editor.internal.WheelGuard;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.model.validation.ElementNames;
import org.jinzai.scenario.Levers;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.RegionSweep;
import org.jinzai.ui.internal.Messages;

/**
 * Asks the question of a region's pool size × allocation: the pool and its lever (staff at the start or hires each
 * year) with its values, the allocation policies, a target every member has, the fiscal year, the wanted probability
 * (to name the smallest value that reaches it) and the replications per run. Wrong entries are named in the message area
 * and keep OK disabled.
 */
public final class RegionSweepDialog extends TitleAreaDialog {

    private final Region region;
    private final List<Target> targets;
    private final int defaultReplications;
    private RegionSweep.Question question;
    private double wanted;
    private int chosenReplications;

    private Combo pool;
    private Combo lever;
    private Text values;
    private final List<Button> policies = new ArrayList<>();
    private Combo target;
    private Combo year;
    private Text probability;
    private Spinner replications;
    private Label estimate;

    public RegionSweepDialog(Shell shell, Region region, int defaultReplications) {
        super(shell);
        this.region = region;
        this.targets = new ArrayList<>(RegionRunner.sharedTargets(region).values());
        this.defaultReplications = defaultReplications;
    }

    /** The question, once OK was pressed. */
    public RegionSweep.Question question() {
        return question;
    }

    /** The wanted probability (0 to 1), once OK was pressed. */
    public double wanted() {
        return wanted;
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
        shell.setText(Messages.RegionSweep_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.RegionSweep_title);
        setMessage(Messages.RegionSweep_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(form);
        pool = combo(form, Messages.RegionSweep_pool);
        region.getPools().forEach(p -> pool.add(p.getName()));
        pool.select(0);
        lever = combo(form, Messages.RegionSweep_lever);
        lever.add(Messages.RegionSweep_leverStaff);
        lever.add(Messages.RegionSweep_leverHires);
        lever.select(0);
        label(form, Messages.Experiment_values);
        values = new Text(form, SWT.BORDER);
        values.setText("0..6"); //$NON-NLS-1$
        values.setMessage(Messages.Experiment_valuesHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(values);
        values.addListener(SWT.Modify, e -> check());
        label(form, Messages.RegionSweep_policies);
        Composite boxes = new Composite(form, SWT.NONE);
        boxes.setLayout(new GridLayout(2, false));
        for (AllocationPolicy policy : AllocationPolicy.VALUES) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(ElementNames.literal(policy));
            box.setData(policy);
            box.setSelection(true);
            box.addListener(SWT.Selection, e -> check());
            policies.add(box);
        }
        target = combo(form, Messages.Experiment_target);
        targets.forEach(t -> target.add(t.getName()));
        target.select(Math.max(0, targets.indexOf(askedFor())));
        year = combo(form, Messages.Experiment_year);
        int first = region.getRunSettings().getFirstFiscalYear();
        for (int y = 0; y < region.getRunSettings().getHorizonYears(); y++) {
            year.add(FiscalYears.label(first + y));
        }
        year.select(year.getItemCount() - 1);
        label(form, Messages.Experiment_probability);
        probability = new Text(form, SWT.BORDER);
        probability.setText("90"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(probability);
        probability.addListener(SWT.Modify, e -> check());
        label(form, Messages.Experiment_replications);
        replications = WheelGuard.protect(new Spinner(form, SWT.BORDER));
        replications.setValues(Math.max(10, Math.min(100_000, defaultReplications)), 10, 100_000, 0, 1, 10);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(replications);
        replications.addListener(SWT.Modify, e -> check());
        estimate = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(estimate);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    /** The first shared target a member asks a pool for while short of it (what the pools are for), or null. */
    private Target askedFor() {
        return region.getMembers().stream().flatMap(m -> m.getRequests().stream()).map(r -> r.getWhenShortOf()).filter(t -> t != null)
                .map(t -> targets.stream().filter(s -> s.getId().equals(t.getId())).findFirst().orElse(null)).filter(t -> t != null).findFirst()
                .orElse(null);
    }

    private static void label(Composite parent, String text) {
        DialogFields.label(parent, text);
    }

    private Combo combo(Composite parent, String text) {
        return DialogFields.combo(parent, text, this::check);
    }

    private List<AllocationPolicy> chosenPolicies() {
        return policies.stream().filter(Button::getSelection).map(b -> (AllocationPolicy) b.getData()).toList();
    }

    /** Checks the entries; names the first wrong one and disables OK, or shows how many runs it will take. */
    private void check() {
        if (estimate == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        int[] chosen = Levers.values(values.getText());
        String error = null;
        if (chosen == null) {
            error = NLS.bind(Messages.Experiment_badValues, Messages.Experiment_values);
        } else if (chosenPolicies().isEmpty()) {
            error = Messages.RegionSweep_noPolicy;
        } else if (ExperimentDialog.percent(probability.getText()) == null || ExperimentDialog.percent(probability.getText()) > 100) {
            error = NLS.bind(Messages.Experiment_badProbability, probability.getText().strip());
        }
        setErrorMessage(error);
        getButton(IDialogConstants.OK_ID).setEnabled(error == null);
        estimate.setText(error == null ? NLS.bind(Messages.Experiment_runs, chosen.length * chosenPolicies().size(), replications.getSelection())
                : ""); //$NON-NLS-1$
    }

    @Override
    protected void okPressed() {
        question = new RegionSweep.Question(pool.getSelectionIndex(), lever.getSelectionIndex() == 0, Levers.values(values.getText()),
                chosenPolicies(), targets.get(target.getSelectionIndex()).getId(), year.getSelectionIndex());
        wanted = ExperimentDialog.percent(probability.getText()) / 100;
        chosenReplications = replications.getSelection();
        super.okPressed();
    }
}
