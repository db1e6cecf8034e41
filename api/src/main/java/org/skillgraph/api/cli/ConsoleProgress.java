package org.skillgraph.api.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.skillgraph.seed.bundle.ImportProgress;

/** A console progress bar for imports; created lazily, when the first count is known. */
final class ConsoleProgress implements ImportProgress, AutoCloseable {

    private final String task;
    private ProgressBar bar;

    ConsoleProgress(String task) {
        this.task = task;
    }

    @Override
    public void update(String step, long done, long total) {
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" rows", 1)
                    .showSpeed()
                    .build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
        bar.setExtraMessage(step);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
