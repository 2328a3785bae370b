package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.incident.Incident;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** sitrep split INCIDENT EVENT...: an analyst undoes a merge; the named events become a new incident that later ingests keep apart. */
@Command(name = "split", mixinStandardHelpOptions = true, description = "Moves the named events out of an incident into a new one (an analyst's correction).")
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INCIDENT")
    String incident;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "EVENT")
    List<String> events;

    @Mixin
    AnalystChange change;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = Stores.open(change.db)) {
            Incident created = store.split(incident, events, change.who, change.why);
            Incident remaining = store.incident(incident).orElseThrow();
            out.printf("%s (revision %d) keeps %d event(s); new incident %s has %s%n", remaining.id(), remaining.revision(), remaining.members().size(),
                    created.id(), String.join(", ", created.members().stream().map(m -> m.event().id()).toList()));
        }
        out.flush();
        return 0;
    }
}
