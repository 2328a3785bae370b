package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error for runs over more than one report; silent for a single report. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    Progress(String task, int total) {
        this.bar = total > 1 && System.getenv("SITREP_NO_PROGRESS") == null
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()
                : null;
    }

    void step() {
        if (bar != null) bar.step();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
