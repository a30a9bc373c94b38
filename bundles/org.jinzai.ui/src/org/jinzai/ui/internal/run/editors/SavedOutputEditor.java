package org.jinzai.ui.internal.run.editors;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.jinzai.model.editor.internal.TabNames;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.ui.internal.Messages;
import org.jinzai.ui.internal.ReadOnlyEditor;

/**
 * An editor of something a run wrote (results, an experiment): read from its file once, never edited or saved, shown
 * under a header line and, when the inputs changed since, a warning that it is stale. The warning is live: as soon as a
 * scenario or baseline of the workspace is saved, the inputs are read again from disk and the warning shown or taken
 * away, without reopening the editor.
 */
public abstract class SavedOutputEditor extends ReadOnlyEditor implements TabNames.Named {

    private String header;
    private volatile String warning;
    private volatile boolean closed;
    private Label warningLabel;
    private String municipality;
    private final IResourceChangeListener inputsSaved = this::inputsChanged;
    private final Job recheck = Job.createSystem(Messages.Results_recheck, (IJobFunction) monitor -> recheck());

    /** Reads what the file holds; throws a PartInitException saying why when it holds something else. */
    protected abstract void read(Resource resource, String fileName) throws PartInitException;

    /**
     * The warning for the output in a resource read from disk (its scenario and baseline as saved now): null when the
     * inputs are those of the run.
     */
    protected abstract String warningOf(Resource resource);

    /** The header line (set by {@link #read}). */
    protected final void header(String text) {
        header = text;
    }

    /** The header line: what was run, when. */
    protected final String headerText() {
        return header;
    }

    /** The name of the municipality of the output (set by {@link #read}), to tell two tabs of the same name apart. */
    protected final void municipality(String name) {
        municipality = name;
    }

    @Override
    public String municipality() {
        return municipality;
    }

    @Override
    public void qualify(String qualifier) {
        setPartName(TabNames.label(getEditorInput().getName(), qualifier));
    }

    /** Whether the inputs changed since (or are gone): a warning is shown. */
    public final boolean isStale() {
        return warning != null;
    }

    /** The warning shown (null: none). */
    public final String warningText() {
        return warningLabel == null || warningLabel.isDisposed() || !warningLabel.isVisible() ? null : warningLabel.getText();
    }

    private Path file() {
        return ((IFileEditorInput) getEditorInput()).getFile().getLocation().toFile().toPath();
    }

    @Override
    public final void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException(Messages.Results_unreadable);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        try {
            Resource resource = JinzaiResources.load(file());
            read(resource, input.getName());
            warning = warningOf(resource);
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PartInitException(NLS.bind(Messages.Results_unreadableBecause, input.getName(), e.getLocalizedMessage()), e);
        }
        ResourcesPlugin.getWorkspace().addResourceChangeListener(inputsSaved, IResourceChangeEvent.POST_CHANGE);
        TabNames.watch(site.getPage());
    }

    /** A scenario or baseline changed on disk (saved, replaced, deleted): the warning is checked again. */
    private void inputsChanged(IResourceChangeEvent event) {
        boolean[] inputs = { false };
        try {
            event.getDelta().accept(delta -> {
                String extension = delta.getResource().getFileExtension();
                // a file saved, replaced, added or removed; not its markers, which validation rewrites after each edit
                boolean content = delta.getKind() != IResourceDelta.CHANGED
                        || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
                if (content && (JinzaiResourceFactory.SCENARIO_EXTENSION.equals(extension)
                        || JinzaiResourceFactory.BASELINE_EXTENSION.equals(extension))) {
                    inputs[0] = true;
                }
                return !inputs[0];
            });
        } catch (CoreException e) {
            inputs[0] = true;
        }
        if (inputs[0]) {
            recheck.schedule();
        }
    }

    private IStatus recheck() {
        if (closed) {
            return Status.OK_STATUS;
        }
        String now;
        try {
            now = warningOf(JinzaiResources.load(file()));
        } catch (ModelLoadException | RuntimeException e) {
            // the output itself cannot be read now (being replaced by a run): the next change tells
            return Status.OK_STATUS;
        }
        warning = now;
        if (!closed && PlatformUI.isWorkbenchRunning()) {
            // the editor may close meanwhile: its site is then gone, the workbench's display is not
            PlatformUI.getWorkbench().getDisplay().asyncExec(this::showWarning);
        }
        return Status.OK_STATUS;
    }

    /** Waits until the check started by the last change of the inputs is done (for tests). */
    public final void joinRecheck() throws InterruptedException {
        recheck.join();
    }

    private void showWarning() {
        if (warningLabel == null || warningLabel.isDisposed()) {
            return;
        }
        String text = warning;
        warningLabel.setText(text == null ? "" : text); //$NON-NLS-1$
        warningLabel.setVisible(text != null);
        ((GridData) warningLabel.getLayoutData()).exclude = text == null;
        warningLabel.getParent().layout(true, true);
    }

    /** The editor's area with the header and the warning on top; the rest goes below them. */
    protected final Composite headed(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Label title = new Label(root, SWT.WRAP);
        title.setText(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        warningLabel = new Label(root, SWT.WRAP);
        warningLabel.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(warningLabel);
        showWarning();
        return root;
    }

    /** Background shades of heat-map cells, disposed with the editor. */
    protected final Shades shades = new Shades();

    @Override
    public void dispose() {
        closed = true;
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(inputsSaved);
        recheck.cancel();
        shades.dispose();
        super.dispose();
    }

    /** The chart shown (made by {@link #chartAndTable}). */
    protected ChartCanvas canvas;
    /** The table behind the chart (made by {@link #chartAndTable}). */
    protected TableViewer numbers;

    /** A chart above its table, in a sash; returns the sash. */
    protected final SashForm chartAndTable(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        canvas = new ChartCanvas(sash);
        numbers = RowTable.numbers(sash);
        sash.setWeights(3, 2);
        return sash;
    }

    /**
     * Puts rows of cell texts into the table under the headers, the first column {@code firstWidth} wide and the others
     * {@code width}, each cell on the background given (null: none), with a tooltip on the cells after the first.
     */
    protected final void showRows(String[] headers, List<String[]> rows, int firstWidth, int width,
            java.util.function.BiFunction<String[], Integer, org.eclipse.swt.graphics.Color> background, String tip) {
        RowTable.show(numbers, headers, rows, firstWidth, width, background, tip);
    }

    /** The button that copies the table (tab-separated, for Excel). */
    protected final Button copyButton(Composite parent) {
        Button copy = new Button(parent, SWT.PUSH);
        copy.setText(Messages.Results_copy);
        copy.addListener(SWT.Selection, e -> TableCopy.copy(numbers.getTable()));
        return copy;
    }

    /** The rows of the table behind the chart shown, as Copy puts them on the clipboard. */
    public final String tableText() {
        return TableCopy.text(numbers.getTable());
    }

    /** The chart shown with its copy and save buttons (for tests). */
    public final ChartCanvas chartCanvas() {
        return canvas;
    }

    /** The chart as drawn (null before the first paint). */
    public final Image chartImage() {
        return canvas.image();
    }
}
