package org.jinzai.ui.internal.run.editors;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;

/** A table as tab-separated text with its headers, as Copy puts it on the clipboard (it pastes into Excel). */
public final class TableCopy {

    private TableCopy() {
    }

    static String text(Table table) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < table.getColumnCount(); c++) {
            out.append(c > 0 ? "\t" : "").append(table.getColumn(c).getText()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append('\n');
        for (int r = 0; r < table.getItemCount(); r++) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                out.append(c > 0 ? "\t" : "").append(table.getItem(r).getText(c)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append('\n');
        }
        return out.toString();
    }

    static void copy(Table table) {
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { text(table) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
