package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.sitrep.model.SitrepException;

/** Reads one file, or standard input for "-", within the size limit, and decodes it strictly. */
final class InputLoader {
    static final String STANDARD_INPUT = "-";

    private final long maxBytes;
    private final Supplier<InputStream> standardInput;
    private final TextDecoder decoder;

    InputLoader(long maxBytes, Supplier<InputStream> standardInput, TextDecoder decoder) {
        this.maxBytes = maxBytes;
        this.standardInput = standardInput;
        this.decoder = decoder;
    }

    LoadedInput load(String input) {
        if (STANDARD_INPUT.equals(input)) {
            String name = "standard input";
            return new LoadedInput(name, "stdin", "", decoder.decode(readStandardInput(name), name));
        }
        Path path = Path.of(input);
        String fileName = path.getFileName() == null ? input : path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
        return new LoadedInput(input, stem, extension, decoder.decode(readFile(path, input), input));
    }

    private byte[] readFile(Path path, String name) {
        try {
            long size = Files.size(path);
            if (size > maxBytes) throw tooLarge(name, size + " bytes");
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SitrepException(SitrepException.Category.INPUT, name + " does not exist; check the path.", e);
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INPUT, name + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private byte[] readStandardInput(String name) {
        try (InputStream in = standardInput.get()) {
            // Read one byte past the limit: enough to know it is too large without holding all of it.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) throw tooLarge(name, "more than " + maxBytes + " bytes");
            return bytes;
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INPUT, name + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private SitrepException tooLarge(String name, String size) {
        return new SitrepException(SitrepException.Category.INPUT,
                name + " is too large (" + size + "; the limit is " + maxBytes + " bytes); split it or raise the limit.");
    }
}
