package org.jinzai.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application behind {@code jinzai <command>}; see {@link Cli}. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // charts for the reports are drawn off-screen
        System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code = new Cli(System.out, System.err).run(args == null ? new String[0] : args);
        System.out.flush();
        System.err.flush();
        return code;
    }

    @Override
    public void stop() {
        // a command runs to its end or is interrupted with the process
    }
}
