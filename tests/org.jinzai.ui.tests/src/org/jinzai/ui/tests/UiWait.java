package org.jinzai.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;

/**
 * Waiting in the UI thread while the workbench goes on: for a condition, with a timeout. There is deliberately no wait
 * for a fixed number of milliseconds: on a busy machine no fixed time is enough (a test read an empty table cell).
 */
final class UiWait {

    private UiWait() {
    }

    /** Dispatches events until the condition holds; fails after {@code millis}. */
    static void until(BooleanSupplier condition, String what, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Opens a file of the examples in the model editor and waits until it is active with its pages. */
    static org.jinzai.model.editor.internal.ModelEditor openModelEditor(org.eclipse.ui.IWorkbenchPage page, String path)
            throws org.eclipse.ui.PartInitException {
        var editor = (org.jinzai.model.editor.internal.ModelEditor) org.eclipse.ui.ide.IDE.openEditor(page, examples().getFile(path));
        until(() -> page.getActiveEditor() == editor && !editor.pageTitles().isEmpty(), "the editor of " + path + " active with its pages",
                20_000);
        return editor;
    }

    /** The texts of the labels in a dialog or any composite, one per line. */
    static String labelTexts(org.eclipse.swt.widgets.Composite composite) {
        StringBuilder out = new StringBuilder();
        for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                out.append(label.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                out.append(labelTexts(inner));
            }
        }
        return out.toString();
    }

    /** The examples project, once the first start has put it into the workspace. */
    static IProject examples() {
        // jinzai-examples/town/… under English (the tests' language), サンプル自治体/やまなみ町/… under Japanese
        org.jinzai.ui.internal.ExampleNames names = org.jinzai.ui.internal.ExampleNames.current();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(names.project());
        until(() -> project.exists() && project.getFile(names.path("town/status-quo.jzs")).exists(), "the examples project", 30_000);
        return project;
    }

    /**
     * Handles the next modal window whose shell data passes the test (within 30 s) and returns it. The dialog is modal: it
     * runs its own event loop, so the look is a timer, which that loop dispatches too; after 30 s without such a window it
     * stops, so that it handles no later test's dialog.
     */
    static java.util.concurrent.atomic.AtomicReference<org.eclipse.swt.widgets.Shell> onNextDialog(org.eclipse.swt.widgets.Display display,
            java.util.function.Predicate<Object> which, java.util.function.Consumer<org.eclipse.swt.widgets.Shell> handle) {
        java.util.concurrent.atomic.AtomicReference<org.eclipse.swt.widgets.Shell> seen = new java.util.concurrent.atomic.AtomicReference<>();
        long until = System.currentTimeMillis() + 30_000;
        Runnable look = new Runnable() {
            @Override
            public void run() {
                if (System.currentTimeMillis() > until) {
                    return;
                }
                for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                    if (shell.isVisible() && which.test(shell.getData())) {
                        seen.set(shell);
                        handle.accept(shell);
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, look);
        return seen;
    }

    /** Closes the next message dialog to open (within 30 s) and keeps its texts. */
    static java.util.concurrent.atomic.AtomicReference<String> closeNextMessage(org.eclipse.swt.widgets.Display display) {
        java.util.concurrent.atomic.AtomicReference<String> message = new java.util.concurrent.atomic.AtomicReference<>();
        onNextDialog(display, data -> data instanceof org.eclipse.jface.dialogs.MessageDialog, shell -> {
            message.set(labelTexts(shell));
            ((org.eclipse.jface.dialogs.MessageDialog) shell.getData()).close();
        });
        return message;
    }
}
