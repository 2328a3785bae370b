package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.SitrepException;

/**
 * Turns one input argument into the files to read: a file stays itself, a folder becomes its files
 * (recursively, in sorted order so runs are repeatable, skipping hidden files and folders), "-" stays
 * standard input. A path that does not exist is left for the loader, which says so.
 */
final class InputExpander {

    List<String> expand(String input) {
        if (InputLoader.STANDARD_INPUT.equals(input)) return List.of(input);
        Path path = Path.of(input);
        if (!Files.isDirectory(path)) return List.of(input);
        List<String> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(path.relativize(file)))
                    .sorted()
                    .map(Path::toString)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SitrepException(SitrepException.Category.INPUT, "folder " + input + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (files.isEmpty()) throw new SitrepException(SitrepException.Category.INPUT, "folder " + input + " holds no files to read.");
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
