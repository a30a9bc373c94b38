package org.jinzai.model.editor.internal;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jinzai.model.provider.JinzaiEditPlugin;

/**
 * The allowed transfers of a rotation policy as a picture: the kinds of department on a circle, an arrow for each
 * transfer allowed (a loop for moves within a kind). With no transfer listed every move is allowed, which the
 * picture says instead of drawing every arrow.
 */
final class TransferGraph {

    private final Canvas canvas;
    private final EObject policy;
    private final EReference transfers;

    TransferGraph(Composite parent, EObject policy, EReference transfers) {
        this.policy = policy;
        this.transfers = transfers;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    void refresh() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void paint(GC gc) {
        EList<?> allowed = (EList<?>) policy.eGet(transfers);
        EStructuralFeature from = transfers.getEReferenceType().getEStructuralFeature("from"); //$NON-NLS-1$
        EStructuralFeature to = transfers.getEReferenceType().getEStructuralFeature("to"); //$NON-NLS-1$
        if (from == null || to == null || !(from.getEType() instanceof EEnum kinds)) {
            return;
        }
        List<EEnumLiteral> literals = kinds.getELiterals();
        Rectangle area = canvas.getClientArea();
        int cx = area.width / 2;
        int cy = area.height / 2 + 10;
        int radius = Math.max(40, Math.min(area.width, area.height) / 2 - 60);
        Point[] at = new Point[literals.size()];
        for (int k = 0; k < at.length; k++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * k / at.length;
            at[k] = new Point(cx + (int) (radius * Math.cos(angle)), cy + (int) (radius * Math.sin(angle)));
        }
        gc.setAntialias(SWT.ON);
        Color arrow = new Color(0x4A, 0x7F, 0xC1);
        try {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(allowed.isEmpty() ? Messages.Transfer_all : Messages.Transfer_title, 8, 6, true);
            gc.setForeground(arrow);
            gc.setBackground(arrow);
            gc.setLineWidth(2);
            for (Object each : allowed) {
                EObject transfer = (EObject) each;
                int a = literals.indexOf(kinds.getEEnumLiteralByLiteral(String.valueOf(transfer.eGet(from))));
                int b = literals.indexOf(kinds.getEEnumLiteralByLiteral(String.valueOf(transfer.eGet(to))));
                if (a < 0 || b < 0) {
                    continue;
                }
                if (a == b) {
                    // a move within the kind: a loop outside the node
                    int dx = at[a].x - cx;
                    int dy = at[a].y - cy;
                    double length = Math.max(1, Math.hypot(dx, dy));
                    int lx = at[a].x + (int) (dx / length * 28);
                    int ly = at[a].y + (int) (dy / length * 28);
                    gc.drawOval(lx - 12, ly - 12, 24, 24);
                } else {
                    arrow(gc, at[a], at[b]);
                }
            }
            for (int k = 0; k < at.length; k++) {
                String label = label(kinds, literals.get(k));
                Point size = gc.textExtent(label);
                gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.fillRoundRectangle(at[k].x - size.x / 2 - 6, at[k].y - size.y / 2 - 4, size.x + 12, size.y + 8, 8, 8);
                gc.drawRoundRectangle(at[k].x - size.x / 2 - 6, at[k].y - size.y / 2 - 4, size.x + 12, size.y + 8, 8, 8);
                gc.drawText(label, at[k].x - size.x / 2, at[k].y - size.y / 2, true);
            }
        } finally {
            arrow.dispose();
        }
    }

    /** A line from one node to another, stopping short of both, with a head at the end. */
    private static void arrow(GC gc, Point a, Point b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        // a small offset to the side, so that a pair of opposite arrows shows as two lines
        int ox = (int) (-uy * 5);
        int oy = (int) (ux * 5);
        int x1 = (int) (a.x + ux * 40) + ox;
        int y1 = (int) (a.y + uy * 22) + oy;
        int x2 = (int) (b.x - ux * 40) + ox;
        int y2 = (int) (b.y - uy * 22) + oy;
        gc.drawLine(x1, y1, x2, y2);
        int hx = (int) (x2 - ux * 10);
        int hy = (int) (y2 - uy * 10);
        gc.fillPolygon(new int[] { x2, y2, hx + (int) (-uy * 5), hy + (int) (ux * 5), hx - (int) (-uy * 5), hy - (int) (ux * 5) });
    }

    private static String label(EEnum kinds, EEnumLiteral literal) {
        try {
            return JinzaiEditPlugin.INSTANCE.getString("_UI_" + kinds.getName() + "_" + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (java.util.MissingResourceException e) {
            return literal.getLiteral();
        }
    }
}
