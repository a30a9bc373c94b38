package org.jinzai.model.editor.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;

/**
 * Clear names for editor tabs: when two open editors would read the same (status-quo.jzr of the town and of the city),
 * each says whose it is — the municipality, or the folder when the municipality does not tell them apart either.
 */
public final class TabNames {

    /** An editor whose tab can say whose file it shows. */
    public interface Named extends IEditorPart {
        /** The municipality of the file shown, or null when unknown. */
        String municipality();

        /** Shows the file's name with a qualifier in the tab, or the bare name (null). */
        void qualify(String qualifier);
    }

    private static final Set<IWorkbenchPage> WATCHED = Collections.newSetFromMap(new WeakHashMap<>());

    private TabNames() {
    }

    /** A file name with what tells it apart: 「status-quo.jzr（やまなみ町）」. */
    public static String label(String name, String qualifier) {
        return qualifier == null ? name : NLS.bind(Messages.Tab_qualified, name, qualifier);
    }

    /** Keeps the names of a page's editors apart from now on (once per page; editors call it when they open). */
    public static void watch(IWorkbenchPage page) {
        if (WATCHED.add(page)) {
            page.addPartListener(new IPartListener2() {
                @Override
                public void partOpened(IWorkbenchPartReference ref) {
                    later(page);
                }

                @Override
                public void partClosed(IWorkbenchPartReference ref) {
                    later(page);
                }

                @Override
                public void partInputChanged(IWorkbenchPartReference ref) {
                    later(page);
                }
            });
        }
        later(page);
    }

    private static void later(IWorkbenchPage page) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        // the page's window may be closing: the workbench's display, not the window's shell
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            var shell = page.getWorkbenchWindow() == null ? null : page.getWorkbenchWindow().getShell();
            if (shell != null && !shell.isDisposed()) {
                update(page);
            }
        });
    }

    /** Names the page's editors: a qualifier only where two would read the same. */
    public static void update(IWorkbenchPage page) {
        Map<String, List<Named>> byName = new LinkedHashMap<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof Named named) {
                byName.computeIfAbsent(named.getEditorInput().getName(), n -> new ArrayList<>()).add(named);
            }
        }
        for (List<Named> same : byName.values()) {
            if (same.size() == 1) {
                same.get(0).qualify(null);
                continue;
            }
            boolean municipalitiesTell = same.stream().map(Named::municipality).allMatch(Objects::nonNull)
                    && same.stream().map(Named::municipality).distinct().count() == same.size();
            for (Named named : same) {
                named.qualify(municipalitiesTell ? named.municipality() : folder(named));
            }
        }
    }

    private static String folder(Named named) {
        if (named.getEditorInput() instanceof IFileEditorInput input) {
            String parent = input.getFile().getParent().getFullPath().makeRelative().toString();
            return named.municipality() == null ? parent : named.municipality() + " · " + parent; //$NON-NLS-1$
        }
        return named.municipality();
    }
}
