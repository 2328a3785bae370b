package org.sitrep.eval;

/** Picks the scorer of a task; every scorer is stateless, so a new one per call is fine. */
public final class Scorers {
    private Scorers() {}

    public static Scorer forTask(EvalTask task) {
        return switch (task) {
            case EVENTS -> new EventScorer(new EventPairing(new HungarianAssignment()));
            case GEOPARSE -> new GeoparseScorer(new SpanMatcher(new HungarianAssignment()));
            case TIMEX -> new TimexScorer(new SpanMatcher(new HungarianAssignment()));
            case CLASSIFY -> new ClassifyScorer();
            case EVENTLOC -> new EventLocationScorer();
            case CLUSTERS -> new ClusterScorer(TopicClasses.load(TopicClasses.ECBPLUS_CONFLICT));
            case FIVE_W_ONE_H -> new FiveWOneHScorer(new FiveWOneHGold(), PlaceTokens.load(PlaceTokens.STOP_WORDS));
        };
    }

    /** The reader of a task's gold: its id field, and the record check of a gold kept in its original format. */
    public static GoldReader goldReader(EvalTask task) {
        return switch (task) {
            case FIVE_W_ONE_H -> new GoldReader(task.goldIdField(), new FiveWOneHGold()::problem);
            default -> new GoldReader();
        };
    }
}
