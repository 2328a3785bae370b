package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.incident.Incident;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** sitrep merge A B: an analyst joins two incidents; A keeps its id and B is deleted (the change feed says so). */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Merges incident B into incident A (an analyst's correction).")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Mixin
    AnalystChange change;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = Stores.open(change.db)) {
            Incident merged = store.merge(a, b, change.who, change.why);
            out.printf("%s (revision %d) now has %d event(s); %s is deleted%n", merged.id(), merged.revision(), merged.members().size(), b);
        }
        out.flush();
        return 0;
    }
}
