package org.jinzai.model.editor.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.validation.ElementNames;

/**
 * What an undo or redo says it will undo, in the forms' words: 「定員を変更」, 「採用チャネルを追加」, 「人材像を削除」 rather
 * than EMF's "Set", "Add", "Delete". A command we labelled ourselves (a pasted block, a roster import) keeps its label.
 */
final class CommandLabels {

    /** EMF's own labels of its commands, which say nothing to a planner ("Set", "Add", "Do Commands"…). */
    private static final Set<String> EMF_LABELS = new HashSet<>();
    static {
        for (String key : new String[] { "_UI_SetCommand_label", "_UI_AddCommand_label", "_UI_RemoveCommand_label", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "_UI_DeleteCommand_label", "_UI_MoveCommand_label", "_UI_ReplaceCommand_label" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            EMF_LABELS.add(EMFEditPlugin.INSTANCE.getString(key));
        }
        for (String key : new String[] { "_UI_AbstractCommand_label", "_UI_CompoundCommand_label" }) { //$NON-NLS-1$ //$NON-NLS-2$
            EMF_LABELS.add(CommonPlugin.INSTANCE.getString(key));
        }
    }

    private CommandLabels() {
    }

    /** The label of a command for the Undo and Redo menu items. */
    static String of(Command command) {
        String label = command.getLabel();
        // EMF's label of a new child is "New X": said as the adding of an X below
        if (label != null && !label.isBlank() && !EMF_LABELS.contains(label) && !(command instanceof CreateChildCommand)) {
            return label;
        }
        Command inner = command;
        while (!(inner instanceof DeleteCommand)) {
            if (inner instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
                inner = wrapper.getCommand();
            } else if (inner instanceof CompoundCommand compound && !compound.getCommandList().isEmpty()) {
                inner = compound.getCommandList().get(0);
            } else {
                break;
            }
        }
        if (inner instanceof SetCommand set && set.getFeature() != null) {
            return NLS.bind(Messages.Command_set, ElementNames.feature(set.getFeature()));
        }
        if (inner instanceof AddCommand add) {
            return NLS.bind(Messages.Command_add,
                    type(add.getCollection(), add.getFeature() == null ? label(command) : ElementNames.feature(add.getFeature())));
        }
        if (inner instanceof DeleteCommand delete) {
            return NLS.bind(Messages.Command_delete, type(delete.getCollection(), label(command)));
        }
        if (inner instanceof RemoveCommand remove) {
            // values of a list of numbers are not elements: then the list is named
            return NLS.bind(Messages.Command_delete, type(remove.getCollection(),
                    remove.getFeature() == null ? label(command) : ElementNames.feature(remove.getFeature())));
        }
        if (inner instanceof MoveCommand move && move.getFeature() != null) {
            return NLS.bind(Messages.Command_move, ElementNames.feature(move.getFeature()));
        }
        return label(command);
    }

    /**
     * The entry of a menu of the kinds of element that can be added: the kind as the forms name it (プールへの出向), not
     * EMF's "New X".
     */
    static String kind(Object descriptor, Command command) {
        if (!(descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof EObject child)) {
            return label(command);
        }
        // two lists of the same kind (a sweep's first and second lever): named by the list
        if (parameter.getEStructuralFeature() != null && parameter.getEStructuralFeature().getEContainingClass().getEAllContainments().stream()
                .filter(c -> c.getEReferenceType().isSuperTypeOf(child.eClass())).count() > 1) {
            return ElementNames.feature(parameter.getEStructuralFeature());
        }
        return ElementNames.type(child.eClass());
    }

    /** The command's own label, never blank. */
    private static String label(Command command) {
        String label = command.getLabel();
        return label == null || label.isBlank() ? Messages.Command_change : label;
    }

    /** The kind of the first element of a collection, as the forms name it. */
    private static String type(Collection<?> elements, String otherwise) {
        if (elements != null) {
            for (Object element : elements) {
                if (element instanceof EObject object) {
                    return ElementNames.type(object.eClass());
                }
            }
        }
        return otherwise;
    }
}
