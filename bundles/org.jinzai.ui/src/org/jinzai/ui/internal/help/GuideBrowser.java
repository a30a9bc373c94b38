package org.jinzai.ui.internal.help;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.jinzai.ui.internal.files.SystemPrograms;
import org.jinzai.ui.internal.help.GuidePage.Block;
import org.jinzai.ui.internal.help.GuidePage.Span;

/**
 * The user guide drawn with plain SWT, so that it needs no web browser engine: the table of contents (pages and their
 * sections) on the left, the page as styled text on the right, links between pages that follow on a click, and buttons
 * to go back, to the contents and to open the same page, as HTML, in the system's browser.
 */
public final class GuideBrowser {

    private final Guide guide;
    private final Composite control;
    private final TreeViewer contents;
    private final StyledText text;
    private final Button back;
    private final LocalResourceManager resources;
    private final List<Link> links = new ArrayList<>();
    private final Deque<String> history = new ArrayDeque<>();
    private String page;
    private String anchor;
    private List<Integer> blockOffsets = List.of();
    /** The table of contents follows the page shown: its selection then changes nothing. */
    private boolean selecting;
    /** The page is kept at its anchor while the view gets its size, until the user scrolls. */
    private boolean keepAnchor;

    private record Link(int start, int length, String href) {
    }

    /** A section of a page in the table of contents (the page itself when {@code heading} is null). */
    private record Entry(String page, Block heading) {
    }

    public GuideBrowser(Composite parent, Guide guide) {
        this.guide = guide;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
        resources = new LocalResourceManager(JFaceResources.getResources(), control);

        Composite bar = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        back = button(bar, Messages.Guide_back);
        back.addListener(SWT.Selection, e -> back());
        button(bar, Messages.Guide_contents).addListener(SWT.Selection, e -> show(Guide.START));
        button(bar, Messages.Guide_openInBrowser).addListener(SWT.Selection, e -> openInBrowser());

        SashForm sash = new SashForm(control, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        contents.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return guide.ids().stream().map(id -> new Entry(id, null)).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                Entry entry = (Entry) parentElement;
                return entry.heading() != null ? new Object[0]
                        : guide.page(entry.page()).sections().stream().filter(b -> b.anchor() != null).map(b -> new Entry(entry.page(), b)).toArray();
            }

            @Override
            public Object getParent(Object element) {
                Entry entry = (Entry) element;
                return entry.heading() == null ? null : new Entry(entry.page(), null);
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        contents.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Entry entry = (Entry) element;
                return entry.heading() == null ? guide.page(entry.page()).title() : entry.heading().text();
            }
        });
        contents.setInput(guide);
        contents.addSelectionChangedListener(event -> {
            if (!selecting && event.getStructuredSelection().getFirstElement() instanceof Entry entry) {
                String topic = entry.heading() == null ? entry.page() : entry.page() + "#" + entry.heading().anchor(); //$NON-NLS-1$
                if (!topic.equals(topic())) {
                    show(topic);
                }
            }
        });

        text = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setMargins(12, 8, 12, 8);
        text.setCaret(null);
        Cursor hand = control.getDisplay().getSystemCursor(SWT.CURSOR_HAND);
        text.addListener(SWT.MouseMove, e -> text.setCursor(linkAt(new Point(e.x, e.y)) != null ? hand : null));
        text.addListener(SWT.MouseUp, e -> {
            Link link = linkAt(new Point(e.x, e.y));
            if (e.button == 1 && link != null && text.getSelectionCount() == 0) {
                follow(link.href());
            }
        });
        sash.setWeights(2, 5);
        text.addListener(SWT.Resize, e -> {
            if (keepAnchor) {
                scrollTo(anchor);
            }
        });
        for (int type : new int[] { SWT.MouseDown, SWT.MouseVerticalWheel, SWT.KeyDown }) {
            text.addListener(type, e -> keepAnchor = false);
        }
    }

    private static Button button(Composite bar, String label) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(label);
        return button;
    }

    /** The composite that holds the guide. */
    public Composite control() {
        return control;
    }

    /** The page shown and its anchor, as a topic ({@code scenario#targets}). */
    public String topic() {
        return page == null ? null : anchor == null ? page : page + "#" + anchor; //$NON-NLS-1$
    }

    /** The text of the page shown (for tests). */
    public String pageText() {
        return text.getText();
    }

    /** The text of the page that is in sight (for tests: where an anchor has scrolled the page to). */
    public String visibleText() {
        int top = text.getOffsetAtLine(text.getTopIndex());
        int bottom = text.getOffsetAtPoint(new Point(0, text.getClientArea().height - 1));
        int end = bottom < 0 ? text.getCharCount() : Math.min(text.getCharCount(), bottom + 1);
        return end <= top ? "" : text.getText(top, end - 1); //$NON-NLS-1$
    }

    /** Forgets the pages shown before (a page opened for a new question starts a new way back). */
    public void clearHistory() {
        history.clear();
        back.setEnabled(false);
    }

    /**
     * Shows a topic: a page id with an optional anchor ({@code scenario#targets}); a topic of no page shows the start
     * page.
     */
    public void show(String topic) {
        String[] parts = topic.split("#", 2); //$NON-NLS-1$
        String id = guide.page(parts[0]) != null ? parts[0] : Guide.START;
        String at = parts.length > 1 && guide.page(id).anchors().contains(parts[1]) ? parts[1] : null;
        if (page != null && !(page.equals(id) && java.util.Objects.equals(anchor, at))) {
            history.push(topic());
        }
        if (!id.equals(page)) {
            render(guide.page(id));
        }
        page = id;
        anchor = at;
        keepAnchor = true;
        scrollTo(at);
        back.setEnabled(!history.isEmpty());
        selectInContents();
    }

    private void selectInContents() {
        Block heading = anchor == null ? null
                : guide.page(page).sections().stream().filter(b -> anchor.equals(b.anchor())).findFirst().orElse(null);
        selecting = true;
        try {
            contents.setSelection(new StructuredSelection(new Entry(page, heading)), true);
        } finally {
            selecting = false;
        }
    }

    /** Goes back to the page shown before. */
    public void back() {
        if (!history.isEmpty()) {
            String previous = history.pop();
            String[] parts = previous.split("#", 2); //$NON-NLS-1$
            if (!parts[0].equals(page)) {
                render(guide.page(parts[0]));
            }
            page = parts[0];
            anchor = parts.length > 1 ? parts[1] : null;
            keepAnchor = true;
            scrollTo(anchor);
            back.setEnabled(!history.isEmpty());
            selectInContents();
        }
    }

    /** Follows a link of a page: {@code other.html}, {@code other.html#anchor} or {@code #anchor}. */
    void follow(String href) {
        if (href.startsWith("#")) { //$NON-NLS-1$
            show(page + href);
        } else {
            show(href.replaceFirst("\\.html", "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Opens the page shown in the system's browser: the same page, as the HTML file shipped in the product. */
    public void openInBrowser() {
        Shell shell = control.getShell();
        try {
            URL folder = FileLocator.toFileURL(Guide.bundle().getEntry("help/" + guide.language() + "/")); //$NON-NLS-1$ //$NON-NLS-2$
            Path file = Path.of(folder.getPath()).resolve(page + ".html"); //$NON-NLS-1$
            if (!SystemPrograms.launch(file)) {
                org.eclipse.jface.dialogs.MessageDialog.openError(shell, Messages.Guide_title,
                        NLS.bind(Messages.Guide_noBrowser, file.getFileName(), file.getParent()));
            }
        } catch (IOException | RuntimeException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(shell, Messages.Guide_title, NLS.bind(Messages.Guide_browserFailed, e.getMessage()));
        }
    }

    private Link linkAt(Point point) {
        int offset = text.getOffsetAtPoint(point);
        if (offset < 0) {
            return null;
        }
        for (Link link : links) {
            if (offset >= link.start() && offset < link.start() + link.length()) {
                return link;
            }
        }
        return null;
    }

    private void scrollTo(String at) {
        int index = 0;
        if (at != null) {
            List<Block> blocks = guide.page(page).blocks();
            for (int k = 0; k < blocks.size(); k++) {
                if (at.equals(blocks.get(k).anchor())) {
                    index = k;
                }
            }
        }
        int line = text.getLineAtOffset(blockOffsets.isEmpty() ? 0 : blockOffsets.get(index));
        // by pixels: setTopIndex leaves a line of a larger font half hidden under the top margin
        text.setTopPixel(Math.max(0, text.getTopPixel() + text.getLinePixel(line) - text.getTopMargin()));
    }

    private void render(GuidePage shown) {
        links.clear();
        StringBuilder out = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<int[]> indents = new ArrayList<>();
        Font base = text.getFont();
        Font h1 = resources.create(FontDescriptor.createFrom(base).setHeight(base.getFontData()[0].getHeight() + 6).setStyle(SWT.BOLD));
        Font h2 = resources.create(FontDescriptor.createFrom(base).setHeight(base.getFontData()[0].getHeight() + 3).setStyle(SWT.BOLD));
        Font h3 = resources.create(FontDescriptor.createFrom(base).setStyle(SWT.BOLD));
        Font code = JFaceResources.getTextFont();
        Color linkColor = control.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
        Block previous = null;
        for (Block block : shown.blocks()) {
            if (out.length() > 0) {
                boolean inList = previous != null && isItem(previous) && isItem(block);
                out.append(inList ? "\n" : "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            offsets.add(out.length());
            int start = out.length();
            String prefix = switch (block.kind()) {
                case BULLET -> "\u30fb "; //$NON-NLS-1$
                case NUMBERED -> block.number() + ". "; //$NON-NLS-1$
                default -> ""; //$NON-NLS-1$
            };
            out.append(prefix);
            for (Span span : block.spans()) {
                int at = out.length();
                out.append(span.text());
                StyleRange range = new StyleRange();
                range.start = at;
                range.length = span.text().length();
                switch (span.style()) {
                    case BOLD -> range.fontStyle = SWT.BOLD;
                    case ITALIC -> range.fontStyle = SWT.ITALIC;
                    case CODE -> range.font = code;
                    case LINK -> {
                        range.underline = true;
                        range.underlineStyle = SWT.UNDERLINE_LINK;
                        range.foreground = linkColor;
                        links.add(new Link(at, range.length, span.href()));
                    }
                    case PLAIN -> {
                        continue;
                    }
                }
                styles.add(range);
            }
            Font heading = switch (block.kind()) {
                case H1 -> h1;
                case H2 -> h2;
                case H3, TERM -> h3;
                default -> null;
            };
            if (heading != null) {
                // the heading's font under the styles of its words (a heading's link stays a link)
                StyleRange whole = new StyleRange();
                whole.start = start;
                whole.length = out.length() - start;
                whole.font = heading;
                styles.add(0, whole);
            }
            if (isItem(block) || block.kind() == GuidePage.Kind.DEFINITION) {
                indents.add(new int[] { start, block.kind() == GuidePage.Kind.DEFINITION ? 24 : 12, isItem(block) ? 12 + prefixWidth(prefix) : 24 });
            }
            previous = block;
        }
        text.setText(out.toString());
        // overlapping ranges (a heading and its words) are merged by replaceStyleRanges, one after another
        for (StyleRange range : styles) {
            text.replaceStyleRanges(range.start, range.length, new StyleRange[] { merged(range) });
        }
        for (int[] indent : indents) {
            int line = text.getLineAtOffset(indent[0]);
            text.setLineIndent(line, 1, indent[1]);
            text.setLineWrapIndent(line, 1, indent[2]);
        }
        blockOffsets = offsets;
    }

    private StyleRange merged(StyleRange range) {
        StyleRange under = range.length > 0 ? text.getStyleRangeAtOffset(range.start) : null;
        if (under != null && range.font == null && under.font != null) {
            StyleRange copy = (StyleRange) range.clone();
            copy.font = under.font;
            return copy;
        }
        return range;
    }

    private int prefixWidth(String prefix) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(text);
        try {
            return gc.textExtent(prefix).x;
        } finally {
            gc.dispose();
        }
    }

    private static boolean isItem(Block block) {
        return block.kind() == GuidePage.Kind.BULLET || block.kind() == GuidePage.Kind.NUMBERED;
    }
}
