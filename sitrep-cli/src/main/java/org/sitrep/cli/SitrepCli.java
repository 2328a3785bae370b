package org.sitrep.cli;

import org.sitrep.model.SitrepException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sitrep command line: one subcommand per job, each a thin adapter over the Pipeline. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Reads conflict news and codes ACLED-style events with evidence.",
        subcommands = {ExtractCommand.class, IngestCommand.class, IncidentsCommand.class, EventsCommand.class, StoriesCommand.class, ControlCommand.class,
                ChangesCommand.class, ExportCommand.class, ImportAcledCommand.class, SplitCommand.class, MergeCommand.class, ServeCommand.class,
                GeoparseCommand.class, TimexCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class SitrepCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SitrepCli());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof SitrepException se) {
                cmd.getErr().println("sitrep: " + se.getMessage());
                return se.category() == SitrepException.Category.INPUT ? 2 : 3;
            }
            throw ex;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
