package org.sitrep.cli;

import picocli.CommandLine.Option;

/** The options every analyst correction shares (split, merge): who, why, and which store. */
final class AnalystChange {
    @Option(names = "--who", defaultValue = "${sys:user.name}", description = "Who made the change (default: the OS user).")
    String who;

    @Option(names = "--why", description = "Why, for the incidents' history.")
    String why;

    @Option(names = "--db", description = "JDBC URL (default: jdbc:duckdb:sitrep.duckdb).")
    String db;
}
