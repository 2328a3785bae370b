package org.sitrep.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** Who may edit: the analyst whose configured bearer token the request carries. */
final class Analysts {
    private final Map<String, String> byToken;

    Analysts(Map<String, String> byToken) {
        this.byToken = Map.copyOf(byToken);
    }

    /** The analyst's name, or a 401 that says how to authenticate. */
    String require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "editing needs an analyst token: send the header 'Authorization: Bearer TOKEN' (tokens are set with serve --tokens FILE)");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        String who = null;
        // Compare against every token in constant time so timing does not tell how much of a guess was right.
        for (Map.Entry<String, String> e : byToken.entrySet()) {
            if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.UTF_8))) who = e.getValue();
        }
        if (who == null) throw new ApiException(401, "this analyst token is not known to the server; ask for a token in its --tokens file");
        return who;
    }
}
