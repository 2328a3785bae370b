package org.sitrep.cli;

/** How the query commands print: a tab-separated table, JSON, or CSV with ACLED's columns. */
enum OutputFormat { table, json, csv }
