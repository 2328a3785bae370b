package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sitrep.model.SitrepException;

/**
 * Turns raw bytes into text, refusing what is not text. Decoding is strict: a silently replaced
 * byte would shift offsets and hide a wrong encoding, so invalid UTF-8 is an error that says where.
 */
final class TextDecoder {
    /** Above this share of control characters the input is a binary file that happens to decode. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    String decode(byte[] bytes, String name) {
        if (bytes.length == 0) throw input(name + " is empty.");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw input(name + " looks like a binary file (it holds a NUL byte at offset " + i + "); sitrep reads UTF-8 text, HTML, JSON Lines and RSS/Atom.");
        }
        String text = strictUtf8(bytes, name);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1); // a BOM is not text
        if (text.isBlank()) throw input(name + " holds only whitespace.");
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw input(name + " looks like a binary file (mostly control characters); sitrep reads UTF-8 text, HTML, JSON Lines and RSS/Atom.");
        }
        return text;
    }

    private static String strictUtf8(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw input(name + " is not valid UTF-8 (bad byte at offset " + in.position() + "); convert it to UTF-8 first, e.g. with iconv.");
        }
        result = decoder.flush(out);
        if (result.isError()) throw input(name + " is not valid UTF-8 (it ends inside a character); convert it to UTF-8 first.");
        return out.flip().toString();
    }

    private static double controlShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return (double) control / text.length();
    }

    private static SitrepException input(String message) {
        return new SitrepException(SitrepException.Category.INPUT, message);
    }
}
