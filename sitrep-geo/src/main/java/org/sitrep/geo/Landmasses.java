package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.SitrepException;

/**
 * The centroid of each country's largest polygon (its main landmass), from world-atlas's Natural Earth
 * 1:50m countries in TopoJSON, keyed by ISO 3166 numeric code ("840"). Written here because no kept
 * Java library reads TopoJSON; the decoding below is the whole format (quantized, delta-coded arcs that
 * polygons reference by index, a negative index meaning the arc reversed).
 */
final class Landmasses {
    private Landmasses() {}

    /** lat, lon and planar area (square degrees) of the largest polygon of each country id. */
    static Map<String, double[]> read(Path topojson) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(topojson.toFile());
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot read " + topojson + ": " + e.getMessage(), e);
        }
        List<double[][]> arcs = arcs(root);
        Map<String, double[]> largest = new HashMap<>();
        for (JsonNode g : root.path("objects").path("countries").path("geometries")) {
            String id = g.path("id").asText();
            if (id.isEmpty()) continue;
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(g.path("type").asText())) polygons.add(g.path("arcs"));
            else if ("MultiPolygon".equals(g.path("type").asText())) g.path("arcs").forEach(polygons::add);
            for (JsonNode polygon : polygons) {
                if (polygon.isEmpty()) continue;
                double[] c = centroid(ring(polygon.get(0), arcs));
                // Ids repeat (Australia and its Ashmore reef share 036): the largest polygon of all wins.
                if (c != null && (!largest.containsKey(id) || c[2] > largest.get(id)[2])) largest.put(id, c);
            }
        }
        return largest;
    }

    private static List<double[][]> arcs(JsonNode root) {
        JsonNode transform = root.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1), sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0), ty = transform.path("translate").path(1).asDouble(0);
        boolean quantized = !transform.isMissingNode();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            double[][] points = new double[arc.size()][];
            double x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                if (quantized) {
                    x += arc.get(i).get(0).asDouble();
                    y += arc.get(i).get(1).asDouble();
                    points[i] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    points[i] = new double[] {arc.get(i).get(0).asDouble(), arc.get(i).get(1).asDouble()};
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    /** A ring's lon/lat points from its arc indexes; each arc after the first repeats the last point, dropped. */
    private static List<double[]> ring(JsonNode indexes, List<double[][]> arcs) {
        List<double[]> ring = new ArrayList<>();
        for (JsonNode n : indexes) {
            int i = n.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k == 0 && !ring.isEmpty()) continue;
                ring.add(p);
            }
        }
        return ring;
    }

    /**
     * Area-weighted centroid of a ring (shoelace) as {lat, lon, area}, with longitudes unwrapped so a ring across
     * the antimeridian (Russia's east, Fiji) is one shape; null for a degenerate ring.
     */
    static double[] centroid(List<double[]> ring) {
        if (ring.size() < 4) return null;
        double offset = 0, previous = ring.get(0)[0];
        double[][] p = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            double lon = ring.get(i)[0];
            if (i > 0 && lon - previous > 180) offset -= 360;
            else if (i > 0 && lon - previous < -180) offset += 360;
            previous = lon;
            p[i] = new double[] {lon + offset, ring.get(i)[1]};
        }
        double area = 0, cx = 0, cy = 0;
        for (int i = 0; i < p.length - 1; i++) {
            double cross = p[i][0] * p[i + 1][1] - p[i + 1][0] * p[i][1];
            area += cross;
            cx += (p[i][0] + p[i + 1][0]) * cross;
            cy += (p[i][1] + p[i + 1][1]) * cross;
        }
        area /= 2;
        if (area == 0 || Double.isNaN(area)) return null;
        double lon = cx / (6 * area);
        double lat = cy / (6 * area);
        return new double[] {lat, normalise(lon), Math.abs(area)};
    }

    static double normalise(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == -180 && lon > 0 ? 180 : l;
    }
}
