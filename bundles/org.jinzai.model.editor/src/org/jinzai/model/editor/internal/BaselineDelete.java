package org.jinzai.model.editor.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceVisitor;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.jinzai.model.editor.ModelEditors;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.validation.BaselineUses;
import org.jinzai.model.validation.BaselineUses.Removal;
import org.jinzai.model.validation.BaselineUses.ScenarioUses;
import org.jinzai.model.validation.BaselineUses.Use;
import org.jinzai.model.validation.ElementNames;

/**
 * Deleting from a baseline what scenarios use (a course, a department, a persona, a skill item…): the planner is told
 * which scenarios use it and how often, and may cancel or have the uses removed from the scenarios too.
 *
 * <p>Removing the uses: a scenario open in an editor is changed through that editor's command stack (so it can be undone
 * there, and unsaved changes of the planner are never overwritten from the file); an open scenario without unsaved changes
 * is then saved, one with unsaved changes is left for the planner to save. A scenario that no editor has open is changed
 * in its file, written atomically. The scenarios are changed first: if one cannot be written, nothing is deleted from the
 * baseline. The delete itself is one command of the baseline's editor (undo restores the element; the scenarios keep the
 * uses removed, which no longer name anything missing).</p>
 */
final class BaselineDelete {

    /** A scenario that uses what is to be deleted: open in an editor (its model) or only on disk. */
    private record User(IFile file, ModelEditor editor, ScenarioUses uses) {
    }

    private BaselineDelete() {
    }

    /**
     * Deletes elements of the baseline open in an editor, asking first when scenarios use them.
     *
     * @return whether the elements were deleted
     */
    static boolean run(ModelEditor baselineEditor, EditingDomain domain, List<?> elements, Shell shell) {
        Command delete = DeleteCommand.create(domain, elements);
        if (!delete.canExecute()) {
            return false;
        }
        IFile baselineFile = baselineEditor.file();
        Set<String> ids = BaselineUses.idsOf(elements);
        List<User> users = baselineFile == null ? List.of() : users(baselineFile, ids);
        if (users.isEmpty()) {
            domain.getCommandStack().execute(delete);
            return true;
        }
        if (!ask(shell, elements, users)) {
            delete.dispose();
            return false;
        }
        // the files first, each written whole or not at all: a failure stops before the baseline is touched
        for (User user : users) {
            if (user.editor() == null) {
                try {
                    BaselineUses.remove(user.uses().uses());
                    JinzaiResources.save(user.uses().resource());
                    user.file().refreshLocal(IResource.DEPTH_ZERO, null);
                } catch (IOException | CoreException | RuntimeException e) {
                    ErrorDialog.openError(shell, Messages.Delete_title,
                            NLS.bind(Messages.Delete_writeFailed, user.file().getFullPath().toString()),
                            Status.error(e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage(), e));
                    delete.dispose();
                    return false;
                }
            }
        }
        for (User user : users) {
            if (user.editor() != null) {
                boolean wasDirty = user.editor().isDirty();
                EditingDomain scenarioDomain = user.editor().getEditingDomain();
                scenarioDomain.getCommandStack().execute(removal(scenarioDomain, user.uses().uses()));
                if (!wasDirty) {
                    user.editor().doSave(new NullProgressMonitor());
                }
            }
        }
        domain.getCommandStack().execute(delete);
        return true;
    }

    /** One command that removes the uses from a scenario open in an editor: the rows once each, then the rest. */
    private static Command removal(EditingDomain domain, List<Use> uses) {
        CompoundCommand command = new CompoundCommand(Messages.Delete_removeUsesCommand);
        List<EObject> rows = BaselineUses.rowsToDelete(uses);
        for (EObject row : rows) {
            command.append(RemoveCommand.create(domain, row.eContainer(), row.eContainmentFeature(), row));
        }
        for (Use use : uses) {
            if (rows.contains(use.holder())) {
                continue;
            }
            if (use.removal() == Removal.REMOVE_VALUE) {
                command.append(RemoveCommand.create(domain, use.holder(), use.reference(), use.element()));
            } else if (use.removal() == Removal.UNSET) {
                command.append(SetCommand.create(domain, use.holder(), use.reference(), SetCommand.UNSET_VALUE));
            }
        }
        return command;
    }

    /** The scenarios of the workspace that use the elements: the open ones as their editor has them, the others as saved. */
    private static List<User> users(IFile baselineFile, Set<String> ids) {
        URI platform = URI.createPlatformResourceURI(baselineFile.getFullPath().toString(), true);
        URI file = baselineFile.getLocation() == null ? null : URI.createFileURI(baselineFile.getLocation().toOSString());
        Map<IFile, ModelEditor> open = openEditors();
        List<User> users = new ArrayList<>();
        for (IFile scenario : scenarioFiles()) {
            ModelEditor editor = open.get(scenario);
            if (editor != null && editor.getResource() != null) {
                List<Use> uses = BaselineUses.uses(editor.getResource(), file == null ? List.of(platform) : List.of(platform, file), ids);
                if (!uses.isEmpty()) {
                    String name = editor.getResource().getContents().get(0) instanceof org.jinzai.model.Scenario s ? s.getName() : null;
                    users.add(new User(scenario, editor, new ScenarioUses(editor.getResource().getURI(), editor.getResource(), name, uses)));
                }
            } else if (file != null && scenario.getLocation() != null && mayRefer(scenario, ids)) {
                for (ScenarioUses uses : BaselineUses.find(file, ids, List.of(URI.createFileURI(scenario.getLocation().toOSString())))) {
                    users.add(new User(scenario, null, uses));
                }
            }
        }
        return users;
    }

    /**
     * Whether a closed scenario's text names one of the ids as a reference ({@code …#id}): only those are loaded, so
     * deleting what no scenario can use (a staff member, say) does not load every scenario and its baseline.
     */
    private static boolean mayRefer(IFile scenario, Set<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        try {
            String text = java.nio.file.Files.readString(scenario.getLocation().toFile().toPath(), java.nio.charset.StandardCharsets.UTF_8);
            for (String id : ids) {
                int at = text.indexOf("#" + id); //$NON-NLS-1$
                while (at >= 0) {
                    int end = at + 1 + id.length();
                    if (end >= text.length() || text.charAt(end) == '"' || Character.isWhitespace(text.charAt(end))) {
                        return true;
                    }
                    at = text.indexOf("#" + id, end); //$NON-NLS-1$
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            // unreadable as text: loaded, and what is wrong with it told there
            return true;
        }
    }

    private static List<IFile> scenarioFiles() {
        List<IFile> files = new ArrayList<>();
        IResourceVisitor visitor = resource -> {
            if (resource instanceof IFile f && org.jinzai.model.io.JinzaiResourceFactory.SCENARIO_EXTENSION.equals(f.getFileExtension()) && f.isAccessible()) {
                files.add(f);
            }
            return !resource.isDerived();
        };
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(visitor);
        } catch (CoreException e) {
            // a project that cannot be read has no scenario to tell about
        }
        files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        return files;
    }

    /** The model editors of the workbench that have their file open, by file. */
    static Map<IFile, ModelEditor> openEditors() {
        Map<IFile, ModelEditor> open = new java.util.HashMap<>();
        if (!PlatformUI.isWorkbenchRunning()) {
            return open;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (ModelEditors.TREE_EDITOR_ID.equals(reference.getId()) && reference.getEditor(false) instanceof ModelEditor editor
                            && editor.file() != null) {
                        open.put(editor.file(), editor);
                    }
                }
            }
        }
        return open;
    }

    private static boolean ask(Shell shell, List<?> elements, List<User> users) {
        String what = elements.size() == 1 && elements.get(0) instanceof EObject one ? ElementNames.name(one)
                : NLS.bind(Messages.Delete_selected, elements.size());
        StringBuilder list = new StringBuilder();
        for (User user : users) {
            list.append('\n').append(NLS.bind(Messages.Delete_scenarioLine, new Object[] { user.uses().name(),
                    user.file().getProjectRelativePath().toString(), user.uses().summary() }));
            if (user.editor() != null && user.editor().isDirty()) {
                list.append(Messages.Delete_unsaved);
            }
        }
        String message = NLS.bind(Messages.Delete_usedBy, new Object[] { what, users.size(), list.toString() });
        MessageDialog dialog = new MessageDialog(shell, Messages.Delete_title, null, message, MessageDialog.WARNING, 1,
                Messages.Delete_removeUses, Messages.Delete_cancel);
        return dialog.open() == 0;
    }
}
