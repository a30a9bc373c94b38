package org.jinzai.ui.internal.help;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** ユーザーガイド (User guide): the guide beside the editors, opened by Help ▸ Contents and F1. */
public final class GuideView extends ViewPart {

    public static final String ID = "org.jinzai.ui.guideView"; //$NON-NLS-1$

    private GuideBrowser browser;

    @Override
    public void createPartControl(Composite parent) {
        browser = new GuideBrowser(parent, Guide.current());
        browser.show(Guide.START);
    }

    /** The guide shown in this view. */
    public GuideBrowser browser() {
        return browser;
    }

    @Override
    public void setFocus() {
        browser.control().setFocus();
    }
}
