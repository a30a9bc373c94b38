package org.jinzai.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: File, Edit (with undo and redo), Window and Help. The standard workbench actions are
 * retargetable, so editors and views contribute their own undo, redo, copy and delete handlers.
 */
final class JinzaiActionBarAdvisor extends ActionBarAdvisor {

    private IContributionItem newWizardShortlist;
    private IContributionItem openPerspectives;
    private IContributionItem showViews;

    JinzaiActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        for (ActionFactory factory : new ActionFactory[] {
                ActionFactory.NEW, ActionFactory.CLOSE, ActionFactory.CLOSE_ALL, ActionFactory.SAVE,
                ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL, ActionFactory.REVERT, ActionFactory.REFRESH,
                ActionFactory.PROPERTIES, ActionFactory.QUIT,
                ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
                ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND,
                ActionFactory.RESET_PERSPECTIVE, ActionFactory.PREFERENCES, ActionFactory.ABOUT }) {
            register(factory.create(window));
        }
        // File ▸ Print (Ctrl+P): enabled by the editors that print (the results editor), labelled in our language
        IWorkbenchAction print = ActionFactory.PRINT.create(window);
        print.setText(Messages.Print_menu);
        register(print);
        newWizardShortlist = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
        openPerspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
        showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
        newMenu.add(newWizardShortlist);
        menu.add(newMenu);
        menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        menu.add(new Separator());
        add(menu, ActionFactory.CLOSE, ActionFactory.CLOSE_ALL);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        menu.add(new Separator());
        add(menu, ActionFactory.SAVE, ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL, ActionFactory.REVERT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        menu.add(new Separator());
        add(menu, ActionFactory.PRINT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.PRINT_EXT));
        menu.add(new Separator());
        add(menu, ActionFactory.REFRESH);
        menu.add(new Separator());
        // no Import / Export: the platform's wizards (archives, projects, preferences) are a programmer's; a planner
        // imports a roster and exports a report with the product's own commands
        menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        add(menu, ActionFactory.PROPERTIES);
        menu.add(new Separator());
        add(menu, ActionFactory.QUIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        add(menu, ActionFactory.UNDO, ActionFactory.REDO);
        menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(new Separator());
        add(menu, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        menu.add(new Separator());
        add(menu, ActionFactory.DELETE, ActionFactory.SELECT_ALL);
        menu.add(new Separator());
        add(menu, ActionFactory.FIND);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return menu;
    }

    private MenuManager windowMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager perspectiveMenu = new MenuManager(Messages.Menu_openPerspective, "openPerspective"); //$NON-NLS-1$
        perspectiveMenu.add(openPerspectives);
        menu.add(perspectiveMenu);
        MenuManager viewMenu = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
        viewMenu.add(showViews);
        menu.add(viewMenu);
        menu.add(new Separator());
        add(menu, ActionFactory.RESET_PERSPECTIVE);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        add(menu, ActionFactory.PREFERENCES);
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menu.add(new Separator());
        add(menu, ActionFactory.ABOUT);
        return menu;
    }

    private void add(IMenuManager menu, ActionFactory... factories) {
        for (ActionFactory factory : factories) {
            menu.add(getAction(factory.getId()));
        }
    }
}
