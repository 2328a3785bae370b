package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.model.SitrepException;
import org.sitrep.store.EventStore;
import org.sitrep.store.Story;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** sitrep stories: the stored stories (reports about one real-world happening), most reports first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Lists stored stories (groups of reports about one happening, with or without events), most reports first.")
final class StoriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", description = "JDBC URL (default: jdbc:duckdb:sitrep.duckdb).")
    String db;

    @Option(names = "--limit", defaultValue = "0", description = "List at most N stories (default: all).")
    int limit;

    @Option(names = "--reports", description = "Also list each story's report ids.")
    boolean reports;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = Stores.open(db)) {
            out.println("story\treports\tdates\theadline" + (reports ? "\treport_ids" : ""));
            for (Story s : store.stories(limit)) {
                String dates = s.earliest() == null ? "" : s.earliest().equals(s.latest()) ? s.earliest().toString() : s.earliest() + ".." + s.latest();
                out.printf("%s\t%d\t%s\t%s%s%n", s.id(), s.reportIds().size(), dates, s.headline() == null ? "" : s.headline(),
                        reports ? "\t" + String.join(",", s.reportIds()) : "");
            }
        } catch (SitrepException e) {
            throw e;
        } catch (Exception e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot list stories: " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }
}
