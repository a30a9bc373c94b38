package org.jinzai.model.editor.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.jinzai.model.Baseline;
import org.jinzai.model.Scenario;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.io.ModelLoadException;
import org.jinzai.model.validation.JinzaiValidator;

/**
 * The tree editor of baselines, scenarios and results: every element can be created, edited in the
 * Properties view, deleted, undone and redone; problems show in the Problems view and a double-click on one
 * selects its element. A file that cannot be read is shown with the reason and is never written.
 */
public final class ModelEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker, IMenuListener, TabNames.Named {

    private static final int VALIDATION_DELAY_MS = 300;

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private ModelLoadException loadError;
    private TreeViewer tree;
    private CTabFolder tabs;
    private final List<FormFields> forms = new ArrayList<>();
    private final List<FeatureTable> tables = new ArrayList<>();
    private final List<TransferGraph> graphs = new ArrayList<>();
    private final List<PlanGrid> plans = new ArrayList<>();
    private final List<PropertySheetPage> propertyPages = new ArrayList<>();
    private final Runnable validation = this::validateNow;

    private final Action undo = new Action() {
        @Override
        public void run() {
            domain.getCommandStack().undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            domain.getCommandStack().redo();
        }
    };
    private final Action delete = new Action(Messages.Editor_delete) {
        @Override
        public void run() {
            deleteSafely(selection().toList());
        }
    };

    /** Scenarios hold a copy of their baseline: it is read again when the baseline's file changes (saved elsewhere). */
    private final IResourceChangeListener referencedFiles = this::referencedFilesChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        stack.addCommandStackListener(new CommandStackListener() {
            @Override
            public void commandStackChanged(EventObject event) {
                Display.getDefault().asyncExec(() -> afterCommand(stack.getMostRecentCommand()));
            }
        });
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, JinzaiResources.newResourceSet());
        // item property descriptors find the domain through the resource set: without this, edits in the
        // Properties view would bypass the command stack (no undo, no dirty state)
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        URI uri = uriOf(input);
        if (uri == null) {
            throw new PartInitException(Messages.Editor_notAnEditableFile);
        }
        try {
            resource = JinzaiResources.load(domain.getResourceSet(), uri);
            domain.getResourceSet().getResources().forEach(r -> r.setTrackingModification(true));
        } catch (ModelLoadException e) {
            loadError = e;
        }
        updateActions();
        TabNames.watch(site.getPage());
    }

    @Override
    public String municipality() {
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        EObject root = resource.getContents().get(0);
        Baseline baseline = root instanceof Scenario scenario ? scenario.getBaseline() : root instanceof Baseline b ? b : null;
        return baseline == null || baseline.eIsProxy() ? null : baseline.getName();
    }

    @Override
    public void qualify(String qualifier) {
        setPartName(TabNames.label(getEditorInput().getName(), qualifier));
    }

    private static URI uriOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            return URI.createPlatformResourceURI(fileInput.getFile().getFullPath().toString(), true);
        }
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        return null;
    }

    /**
     * Deletes elements as one command. From a baseline, what scenarios use is deleted only when the planner agrees, with
     * its uses in the scenarios ({@link BaselineDelete}); the list pages' Delete comes here too.
     */
    public void deleteSafely(List<?> elements) {
        if (elements.isEmpty()) {
            return;
        }
        if (resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof org.jinzai.model.Baseline) {
            BaselineDelete.run(this, domain, elements, getSite().getShell());
            return;
        }
        Command command = DeleteCommand.create(domain, elements);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /**
     * After a file this editor refers to (a scenario's baseline) changed on disk: its copy here is read again, so that
     * the pages and the Problems view show what the scenario now refers to (an element deleted from the baseline is a
     * problem here too). A copy with changes made here is left as it is.
     */
    private void referencedFilesChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        // only the paths here (the workspace's thread); the resource set is read on the UI thread, which changes it
        Set<IPath> paths = new HashSet<>();
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file
                        && (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
                    paths.add(file.getFullPath());
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        if (paths.isEmpty()) {
            return;
        }
        Display.getDefault().asyncExec(() -> reloadReferenced(paths));
    }

    private void reloadReferenced(Set<IPath> paths) {
        if (tree == null || tree.getControl().isDisposed() || resource == null) {
            return;
        }
        List<Resource> changed = new ArrayList<>();
        for (Resource other : List.copyOf(domain.getResourceSet().getResources())) {
            URI uri = other.getURI();
            if (other != resource && !other.isModified() && uri != null && uri.isPlatformResource()
                    && paths.contains(IPath.fromOSString(uri.toPlatformString(true)))) {
                changed.add(other);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        for (Resource other : changed) {
            other.unload();
            try {
                other.load(domain.getResourceSet().getLoadOptions());
            } catch (IOException | RuntimeException e) {
                // gone or unreadable: the references into it stay unresolved, and validation says so
            }
            other.setTrackingModification(true);
        }
        refreshPages();
        tree.refresh();
        validateNow();
    }

    IFile file() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadError != null) {
            createErrorPage(parent);
            if (file() != null) {
                ProblemMarkers.show(file(), loadError);
            }
            return;
        }
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (root != null) {
            createFormPages(root);
        }
        CTabItem raw = new CTabItem(tabs, SWT.NONE);
        raw.setText(Messages.Editor_treePage);
        raw.setData(PAGE_KEY, "tree"); //$NON-NLS-1$
        tree = new TreeViewer(tabs, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        raw.setControl(tree.getControl());
        tabs.setSelection(0);
        tree.setUseHashlookup(true);
        tree.setContentProvider(new ItemProviders.ContentProvider(adapterFactory));
        tree.setLabelProvider(new ItemProviders.Labels(adapterFactory));
        tree.setInput(resource);
        tree.expandToLevel(2);
        getSite().setSelectionProvider(tree);
        tree.addSelectionChangedListener(event -> updateActions());

        MenuManager menu = new MenuManager("#PopUp"); //$NON-NLS-1$
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        getSite().registerContextMenu(menu, tree);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(referencedFiles, IResourceChangeEvent.POST_CHANGE);
        validateNow();
    }

    /**
     * The form pages of a root element, made from its features: an overview (the root's single values and those of
     * its single contained elements, such as the run settings or the rotation policy), then a table for every list
     * (seats, projects, channels, targets, rules, rates, departments, staff…), each titled as the feature is called.
     */
    private void createFormPages(EObject root) {
        PropertySources properties = propertySources();
        ScrolledComposite scrolled = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite overview = new Composite(scrolled, SWT.NONE);
        overview.setLayout(new GridLayout(1, false));
        CTabItem first = new CTabItem(tabs, SWT.NONE);
        first.setText(Messages.Editor_overviewPage);
        first.setData(PAGE_KEY, "overview"); //$NON-NLS-1$
        first.setControl(scrolled);
        forms.add(new FormFields(overview, properties, root, singleValues(root.eClass())));
        List<EReference> lists = new ArrayList<>();
        List<EObject> listOwners = new ArrayList<>();
        for (EReference reference : root.eClass().getEAllContainments()) {
            if (reference.isMany()) {
                lists.add(reference);
                listOwners.add(root);
            } else if (root.eGet(reference) instanceof EObject child) {
                Group group = new Group(overview, SWT.NONE);
                group.setText(featureName(properties, root, reference));
                group.setLayout(new GridLayout(1, false));
                GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
                forms.add(new FormFields(group, properties, child, singleValues(child.eClass())));
                for (EReference inner : child.eClass().getEAllContainments()) {
                    if (inner.isMany()) {
                        lists.add(inner);
                        listOwners.add(child);
                    }
                }
            }
        }
        scrolled.setContent(overview);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(overview.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        if (root instanceof org.jinzai.model.Scenario scenario) {
            // the plan by fiscal year, as grids: seats per course, hires per channel
            planPage(scenario, true, Messages.Plan_seatsPage).setData(PAGE_KEY, "seatsPlan"); //$NON-NLS-1$
            planPage(scenario, false, Messages.Plan_hiresPage).setData(PAGE_KEY, "hiresPlan"); //$NON-NLS-1$
        }
        for (int k = 0; k < lists.size(); k++) {
            EReference list = lists.get(k);
            List<EStructuralFeature> columns = singleValues(list.getEReferenceType());
            if (columns.isEmpty()) {
                continue;
            }
            // elements without names (an anonymized roster) are told apart by their ids: those come first then
            List<?> elements = (List<?>) listOwners.get(k).eGet(list);
            EStructuralFeature name = list.getEReferenceType().getEStructuralFeature("name"); //$NON-NLS-1$
            if (name != null && !elements.isEmpty() && ((EObject) elements.get(0)).eGet(name) == null) {
                List<EStructuralFeature> ids = columns.stream().filter(f -> f instanceof EAttribute a && a.isID()).toList();
                columns = new ArrayList<>(columns);
                columns.removeAll(ids);
                columns.addAll(0, ids);
            }
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(featureName(properties, listOwners.get(k), list));
            item.setData(PAGE_KEY, list.getName());
            Composite page = new Composite(tabs, SWT.NONE);
            page.setLayout(new org.eclipse.swt.layout.FillLayout());
            if ("allowedTransfers".equals(list.getName())) { //$NON-NLS-1$
                // the transfers also as a picture beside their table
                org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(page, SWT.HORIZONTAL);
                Composite left = new Composite(sash, SWT.NONE);
                left.setLayout(new org.eclipse.swt.layout.FillLayout());
                tables.add(new FeatureTable(left, properties, listOwners.get(k), list, columns, () -> domain, this::deleteSafely));
                graphs.add(new TransferGraph(sash, listOwners.get(k), list));
                sash.setWeights(2, 3);
            } else {
                tables.add(new FeatureTable(page, properties, listOwners.get(k), list, columns, () -> domain, this::deleteSafely));
            }
            item.setControl(page);
        }
    }

    private CTabItem planPage(org.jinzai.model.Scenario scenario, boolean seats, String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label message = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        PlanGrid grid = new PlanGrid(page, seats, () -> domain, text -> {
            if (!message.isDisposed()) {
                message.setText(text);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.viewer().getControl());
        grid.show(scenario);
        plans.add(grid);
        item.setControl(page);
        return item;
    }

    /** The plan grids of a scenario's pages (for tests). */
    public List<PlanGrid> plans() {
        return plans;
    }

    /**
     * The single-valued attributes and non-containment references of a class, and the provenance of its estimated
     * rates, in the model's order (ids last).
     */
    private static List<EStructuralFeature> singleValues(EClass type) {
        List<EStructuralFeature> features = new ArrayList<>();
        List<EStructuralFeature> ids = new ArrayList<>();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            boolean containment = feature instanceof EReference reference && (reference.isContainment() || reference.isContainer());
            // where a rate came from (its estimate from the history) is shown beside it, as text
            boolean provenance = feature instanceof EReference reference && reference.isContainment()
                    && (org.jinzai.model.JinzaiPackage.Literals.RATE_ESTIMATE.isSuperTypeOf(reference.getEReferenceType())
                            || reference.getEReferenceType() == org.jinzai.model.JinzaiPackage.Literals.UPTAKE_ESTIMATE);
            if (feature.isMany() || containment && !provenance || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            (feature instanceof EAttribute attribute && attribute.isID() ? ids : features).add(feature);
        }
        // the name first: it says which row is which
        features.sort((a, b) -> Boolean.compare(!"name".equals(a.getName()), !"name".equals(b.getName()))); //$NON-NLS-1$ //$NON-NLS-2$
        features.addAll(ids);
        return features;
    }

    private static String featureName(PropertySources properties, EObject owner, EReference reference) {
        String shown = properties.displayName(owner, reference);
        if (shown != null) {
            return shown;
        }
        // containments have no property descriptor: the edit bundle's label of the feature
        return PropertySources.featureLabel(reference);
    }

    /** The form pages' fields and tables follow the model after every command. */
    private void refreshPages() {
        forms.forEach(FormFields::refresh);
        tables.forEach(FeatureTable::refresh);
        graphs.forEach(TransferGraph::refresh);
        if (resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof org.jinzai.model.Scenario scenario) {
            plans.forEach(plan -> plan.show(scenario));
        }
    }

    /** The tables of the form pages (for tests). */
    public List<FeatureTable> tables() {
        return tables;
    }

    /** The forms of the overview page (for tests). */
    public List<FormFields> forms() {
        return forms;
    }

    /** The control of a page by its index (for tests). */
    public Control pageControl(int index) {
        return tabs.getItem(index).getControl();
    }

    /** Shows a page by its index (the tree is the last one). */
    public void showPage(int index) {
        tabs.setSelection(index);
    }

    /** The key of each page in the user guide's mapping (its CTabItem's data). */
    private static final String PAGE_KEY = "org.jinzai.guidePage"; //$NON-NLS-1$

    /**
     * Which page is shown, in words that do not depend on the language: {@code overview}, {@code seatsPlan},
     * {@code hiresPlan}, the name of the list a table page shows ({@code targets}, {@code staff}…), {@code tree}; null
     * when the file could not be opened. The user guide's F1 opens the part of the page about it.
     */
    public String activePageKey() {
        if (tabs == null || tabs.isDisposed() || tabs.getSelection() == null) {
            return null;
        }
        return (String) tabs.getSelection().getData(PAGE_KEY);
    }

    /** The titles of the pages. */
    public List<String> pageTitles() {
        List<String> titles = new ArrayList<>();
        for (CTabItem item : tabs.getItems()) {
            titles.add(item.getText());
        }
        return titles;
    }

    private Composite errorPage;

    /** The page that says why the file could not be opened (null when it was opened). */
    public Composite errorPage() {
        return errorPage;
    }

    private void createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        errorPage = page;
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        layout.horizontalSpacing = 12;
        page.setLayout(layout);
        Label icon = new Label(page, SWT.NONE);
        icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
        icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 1, 3));
        Label title = new Label(page, SWT.WRAP);
        title.setText(Messages.Editor_cannotOpen);
        Text message = new Text(page, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        message.setText(loadError.getMessage());
        Label hint = new Label(page, SWT.WRAP);
        hint.setText(Messages.Editor_fileUntouched);
        // wrapped texts take the height their lines need at the width they get (without a width, each would be laid
        // out as one long line and the next drawn over its wrapped lines)
        List<Control> wrapped = List.of(title, message, hint);
        for (Control control : wrapped) {
            control.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        }
        page.addListener(SWT.Resize, e -> {
            int width = Math.max(100, page.getClientArea().width - 2 * layout.marginWidth - layout.horizontalSpacing
                    - icon.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            for (Control control : wrapped) {
                ((GridData) control.getLayoutData()).widthHint = width;
            }
            page.layout(true);
        });
    }

    @Override
    public void menuAboutToShow(IMenuManager menu) {
        IStructuredSelection selection = selection();
        if (selection.size() == 1) {
            Object owner = selection.getFirstElement();
            MenuManager children = new MenuManager(Messages.Editor_newChild);
            Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
            for (Object descriptor : descriptors) {
                Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                if (descriptor instanceof CommandParameter && command.canExecute()) {
                    children.add(new Action(CommandLabels.kind(descriptor, command)) {
                        @Override
                        public void run() {
                            domain.getCommandStack().execute(command);
                        }
                    });
                }
            }
            menu.add(children);
        }
        menu.add(new Separator());
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        menu.add(delete);
        menu.add(new Separator("additions")); //$NON-NLS-1$
    }

    private IStructuredSelection selection() {
        return tree == null ? StructuredSelection.EMPTY : tree.getStructuredSelection();
    }

    /** After each command: dirty state, actions, the new or changed elements selected, validation soon. */
    private void afterCommand(Command command) {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        updateActions();
        refreshPages();
        if (command != null && command.getAffectedObjects() != null && !command.getAffectedObjects().isEmpty()) {
            List<Object> affected = new ArrayList<>(command.getAffectedObjects());
            affected.removeIf(o -> !(o instanceof EObject e) || e.eResource() == null);
            if (!affected.isEmpty()) {
                tree.setSelection(new StructuredSelection(affected), true);
            }
        }
        Display display = tree.getControl().getDisplay();
        display.timerExec(-1, validation);
        display.timerExec(VALIDATION_DELAY_MS, validation);
    }

    private void validateNow() {
        if (resource == null || file() == null || (tree != null && tree.getControl().isDisposed())) {
            return;
        }
        org.eclipse.emf.common.util.Diagnostic problems = JinzaiValidator.validate(resource);
        ProblemMarkers.show(file(), problems);
        forms.forEach(form -> form.showDecorations(problems));
        tables.forEach(table -> table.showProblems(problems));
    }

    private void updateActions() {
        CommandStack stack = domain.getCommandStack();
        undo.setEnabled(stack.canUndo());
        undo.setText(NLS.bind(Messages.Editor_undo, stack.canUndo() ? CommandLabels.of(stack.getUndoCommand()) : "")); //$NON-NLS-1$
        redo.setEnabled(stack.canRedo());
        redo.setText(NLS.bind(Messages.Editor_redo, stack.canRedo() ? CommandLabels.of(stack.getRedoCommand()) : "")); //$NON-NLS-1$
        delete.setEnabled(!selection().isEmpty() && DeleteCommand.create(domain, selection().toList()).canExecute());
    }

    /** Called by the contributor when this editor becomes active. */
    void contributeTo(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    @Override
    public void setFocus() {
        if (tree != null) {
            tree.getControl().setFocus();
        }
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (resource == null) {
            return; // a file that could not be read is never written
        }
        for (Resource each : List.copyOf(domain.getResourceSet().getResources())) {
            if (each != resource && !each.isModified()) {
                continue;
            }
            try {
                save(each);
            } catch (IOException | CoreException e) {
                ErrorDialog.openError(getSite().getShell(), getPartName(),
                        NLS.bind(Messages.Editor_saveFailed, JinzaiResources.display(each.getURI())),
                        Status.error(e.getLocalizedMessage(), e));
                monitor.setCanceled(true);
                return;
            }
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
        validateNow();
    }

    /** Writes atomically to the file's location, then lets the workspace see the new content. */
    private static void save(Resource each) throws IOException, CoreException {
        URI uri = each.getURI();
        if (uri.isPlatformResource()) {
            IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true)));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            each.save(bytes, null);
            JinzaiResources.writeAtomically(target.getLocation().toFile().toPath(), bytes.toByteArray());
            target.refreshLocal(IResource.DEPTH_ZERO, null);
        } else {
            JinzaiResources.save(each);
        }
        each.setModified(false);
    }

    @Override
    public void doSaveAs() {
        // not offered: new scenarios are made as copies with their own wizard
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String uri = marker.getAttribute(EValidator.URI_ATTRIBUTE, null);
        if (uri == null || tree == null) {
            return;
        }
        EObject element = domain.getResourceSet().getEObject(URI.createURI(uri), false);
        if (element != null) {
            // the tree shows every element: the marker's is selected there
            tabs.setSelection(tabs.getItemCount() - 1);
            tree.setSelection(new StructuredSelection(element), true);
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The Properties-view sources of this editor's elements. */
    public PropertySources propertySources() {
        return new PropertySources(adapterFactory);
    }

    /** The file's root element, or null when it could not be read. */
    public Resource getResource() {
        return resource;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage() {
                @Override
                public void setActionBars(IActionBars bars) {
                    super.setActionBars(bars);
                    contributeTo(bars); // undo and redo work while the Properties view has the focus
                }
            };
            page.setPropertySourceProvider(new PropertySources(adapterFactory));
            propertyPages.add(page);
            return type.cast(page);
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        Display.getDefault().timerExec(-1, validation);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(referencedFiles);
        propertyPages.forEach(PropertySheetPage::dispose);
        adapterFactory.dispose();
        super.dispose();
    }
}
