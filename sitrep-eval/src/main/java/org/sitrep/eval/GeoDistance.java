package org.sitrep.eval;

/** Great-circle distance on a spherical earth (haversine), enough for 25/50/161 km thresholds. */
final class GeoDistance {
    /** IUGG mean earth radius. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoDistance() {}

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** A coordinate pair that is present and on the globe. */
    static boolean valid(Double lat, Double lon) {
        return lat != null && lon != null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }
}
