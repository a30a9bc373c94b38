package org.jinzai.ui.internal.start;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.jinzai.ui.internal.Messages;

/**
 * The input of the start page: no file, one of a kind (opening it again shows the open page). It is persistable, so a
 * start page left open when the workbench closes is there again at the next start.
 */
public final class StartPageInput implements IEditorInput, IPersistableElement {

    /** The element factory of plugin.xml that makes the input again at the next start. */
    static final String FACTORY_ID = "org.jinzai.ui.startPageInputFactory"; //$NON-NLS-1$

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return Messages.Start_tab;
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return Messages.Start_title;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        // nothing to remember: the page is the same every time
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StartPageInput;
    }

    @Override
    public int hashCode() {
        return StartPageInput.class.hashCode();
    }

    /** Makes the input again when the workbench restores the start page (plugin.xml, org.eclipse.ui.elementFactories). */
    public static final class Factory implements IElementFactory {
        @Override
        public IAdaptable createElement(IMemento memento) {
            return new StartPageInput();
        }
    }
}
