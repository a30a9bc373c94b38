package org.jinzai.ui.internal.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.ui.internal.Messages;

/**
 * An editor of something a run wrote (results, an experiment): read from its file once, never edited or saved, shown
 * under a header line and, when the inputs changed since, a warning that it is stale.
 */
abstract class SavedOutputEditor extends EditorPart {

    private String header;
    private String warning;

    /** Reads what the file holds; throws a PartInitException saying why when it holds something else. */
    protected abstract void read(Resource resource, String fileName) throws PartInitException;

    /** The header line (set by {@link #read}). */
    protected final void header(String text) {
        header = text;
    }

    /** The warning under the header (null: none), set by {@link #read}. */
    protected final void warning(String text) {
        warning = text;
    }

    /** Whether the inputs changed since (or are gone): a warning is shown. */
    public final boolean isStale() {
        return warning != null;
    }

    @Override
    public final void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException(Messages.Results_unreadable);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        try {
            read(JinzaiResources.load(fileInput.getFile().getLocation().toFile().toPath()), input.getName());
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PartInitException(org.eclipse.osgi.util.NLS.bind(Messages.Results_unreadableBecause, input.getName(),
                    e.getLocalizedMessage()), e);
        }
    }

    /** The editor's area with the header and the warning on top; the rest goes below them. */
    protected final Composite headed(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Label title = new Label(root, SWT.WRAP);
        title.setText(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        if (warning != null) {
            Label stale = new Label(root, SWT.WRAP);
            stale.setText(warning);
            stale.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(stale);
        }
        return root;
    }

    /** Background shades of heat-map cells, disposed with the editor. */
    protected final Shades shades = new Shades();

    @Override
    public void dispose() {
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
        numbers = new TableViewer(sash, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        numbers.getTable().setHeaderVisible(true);
        numbers.getTable().setLinesVisible(true);
        numbers.setContentProvider(ArrayContentProvider.getInstance());
        sash.setWeights(3, 2);
        return sash;
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

    /** The chart as drawn (null before the first paint). */
    public final Image chartImage() {
        return canvas.image();
    }

    @Override
    public final void doSave(IProgressMonitor monitor) {
        // written by runs only
    }

    @Override
    public final void doSaveAs() {
        // nothing to save
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}
