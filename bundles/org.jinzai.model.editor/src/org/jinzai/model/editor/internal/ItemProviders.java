package org.jinzai.model.editor.internal;

import java.net.URL;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.graphics.Image;
import org.jinzai.model.provider.labels.ModelLabels;

/**
 * JFace content and label providers over EMF item providers. EMF's own (org.eclipse.emf.edit.ui) are not
 * published to Maven Central, so these small equivalents adapt {@link ITreeItemContentProvider} and
 * {@link IItemLabelProvider} and refresh the viewer on the item providers' change notifications.
 */
final class ItemProviders {

    private ItemProviders() {
    }

    /** Tree content from {@link ITreeItemContentProvider}; refreshes on model changes. */
    static final class ContentProvider implements ITreeContentProvider, INotifyChangedListener {
        private final AdapterFactory factory;
        private StructuredViewer viewer;

        ContentProvider(AdapterFactory factory) {
            this.factory = factory;
            if (factory instanceof IChangeNotifier notifier) {
                notifier.addListener(this);
            }
        }

        private ITreeItemContentProvider provider(Object element) {
            return (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
        }

        @Override
        public Object[] getElements(Object input) {
            if (input instanceof Collection<?> collection) {
                return collection.toArray();
            }
            return getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            ITreeItemContentProvider provider = provider(parent);
            return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
        }

        @Override
        public Object getParent(Object element) {
            ITreeItemContentProvider provider = provider(element);
            return provider == null ? null : provider.getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            ITreeItemContentProvider provider = provider(element);
            return provider != null && provider.hasChildren(element);
        }

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
            this.viewer = (StructuredViewer) changed;
        }

        @Override
        public void notifyChanged(Notification notification) {
            StructuredViewer current = viewer;
            if (current == null || current.getControl() == null || current.getControl().isDisposed()) {
                return;
            }
            current.getControl().getDisplay().asyncExec(() -> {
                if (current.getControl().isDisposed()) {
                    return;
                }
                if (notification instanceof IViewerNotification viewerNotification) {
                    Object element = viewerNotification.getElement();
                    if (viewerNotification.isContentRefresh()) {
                        current.refresh(element, viewerNotification.isLabelUpdate());
                    } else if (viewerNotification.isLabelUpdate()) {
                        current.update(element, null);
                    }
                } else {
                    current.refresh();
                }
            });
        }

        @Override
        public void dispose() {
            if (factory instanceof IChangeNotifier notifier) {
                notifier.removeListener(this);
            }
        }
    }

    /** Text and image from {@link IItemLabelProvider}; images are cached for the viewer's life. */
    static final class Labels extends LabelProvider {
        private final AdapterFactory factory;
        private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

        Labels(AdapterFactory factory) {
            this.factory = factory;
        }

        private IItemLabelProvider provider(Object element) {
            return (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        }

        @Override
        public String getText(Object element) {
            String meaningful = ModelLabels.text(element);
            if (meaningful != null) {
                return meaningful;
            }
            IItemLabelProvider provider = provider(element);
            return provider == null ? String.valueOf(element) : provider.getText(element);
        }

        @Override
        public Image getImage(Object element) {
            IItemLabelProvider provider = provider(element);
            return provider == null ? null : image(provider.getImage(element));
        }

        /** An SWT image for an EMF image object (a URL, or a composed image whose first part is used). */
        Image image(Object emfImage) {
            Object image = emfImage;
            if (image instanceof ComposedImage composed) {
                List<Object> parts = composed.getImages();
                image = parts.isEmpty() ? null : parts.get(0);
            }
            if (image instanceof URL url) {
                return images.create(ImageDescriptor.createFromURL(url));
            }
            if (image instanceof ImageDescriptor descriptor) {
                return images.create(descriptor);
            }
            return null;
        }

        @Override
        public void dispose() {
            images.dispose();
            super.dispose();
        }
    }
}
