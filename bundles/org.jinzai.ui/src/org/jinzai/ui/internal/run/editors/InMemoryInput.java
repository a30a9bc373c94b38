package org.jinzai.ui.internal.run.editors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A result held in memory as an editor's input: no file, not reopened after a restart (it is run again). */
abstract class InMemoryInput implements IEditorInput {

    /** What makes two inputs the same result (a region's file, the scenarios compared): a new run replaces the one shown. */
    private final Object key;

    InMemoryInput(Object key) {
        this.key = key;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((InMemoryInput) other).key.equals(key);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + key.hashCode();
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
