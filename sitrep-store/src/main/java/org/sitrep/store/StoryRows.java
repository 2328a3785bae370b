package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.incident.StoryMatch;
import org.sitrep.incident.StoryMatcher;
import org.sitrep.incident.StoryProfile;
import org.sitrep.incident.TermStatistics;

/**
 * The stories, report_story and story_terms tables: links a newly stored report to the story it is
 * about (or founds one), inside the caller's transaction. Candidate stories are those sharing a name
 * or place term with the report (and, for a dated report, dated near it or undated), so a link reads
 * a few stories, not the store.
 */
final class StoryRows {
    /** Terms per IN list: well under both drivers' parameter limits. */
    private static final int CHUNK = 200;
    private final StoryMatcher matcher;
    /** The furthest a dated story can lie from a dated report and still match it (a follow-up's window). */
    private final int maxWindowDays;

    StoryRows(StoryMatcher matcher, int maxWindowDays) {
        this.matcher = matcher;
        this.maxWindowDays = maxWindowDays;
    }

    /** The report's story, and whether linking it joined stories that had been apart (their incidents may now fold). */
    record Linked(String storyId, boolean joinedStories) {}

    /** Links the report to its story; a report already linked keeps its story, so re-storing is idempotent. */
    Linked link(Connection c, String reportId, StoryFeatures report, long now) throws SQLException {
        Optional<String> linked = storyOf(c, reportId);
        if (linked.isPresent()) return new Linked(linked.get(), false);
        List<String> names = report.terms().keySet().stream().filter(StoryFeatures::isName).toList();
        List<StoryProfile> candidates = candidates(c, names, report.published());
        Set<String> allTerms = new LinkedHashSet<>(report.terms().keySet());
        for (StoryProfile p : candidates) allTerms.addAll(p.terms().keySet());
        TermStatistics statistics = new TermStatistics(storyCount(c), storiesWithTerm(c, allTerms));
        Optional<StoryMatch> match = matcher.match(report, candidates, statistics);
        String storyId;
        boolean joinedStories = false;
        if (match.isPresent()) {
            String joined = match.get().storyId();
            StoryProfile before = candidates.stream().filter(p -> p.id().equals(joined)).findFirst().orElseThrow();
            StoryProfile after = before.plus(report);
            update(c, after, now);
            writeTerms(c, joined, before.terms(), report.terms());
            StoryProfile met = mergeMet(c, after, candidates, statistics, now);
            storyId = met.id();
            joinedStories = met != after;
        } else {
            storyId = "story-" + reportId;
            insert(c, storyId, reportId, report, now);
            writeTerms(c, storyId, Map.of(), report.terms());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_story (report_id, story_id, score, reason, linked_micros) VALUES (?, ?, ?, ?, ?)")) {
            Sql.bindAll(ps, reportId, storyId, match.map(StoryMatch::score).orElse(null), match.map(StoryMatch::reason).orElse("founded"), now);
            ps.executeUpdate();
        }
        return new Linked(storyId, joinedStories);
    }

    /**
     * Folds into one the stories that the grown story now matches ({@link StoryMatcher#matchStory}); the
     * oldest story keeps its id, so links and the change of a report's story stay explainable. Returns the
     * story the report's ends as ({@code grown} itself when none was met).
     */
    private StoryProfile mergeMet(Connection c, StoryProfile grown, List<StoryProfile> candidates, TermStatistics statistics, long now) throws SQLException {
        List<StoryProfile> others = new ArrayList<>(candidates);
        others.removeIf(p -> p.id().equals(grown.id()));
        StoryProfile current = grown;
        for (Optional<StoryMatch> met; (met = absorbedOrMet(current, others, statistics)).isPresent(); ) {
            String otherId = met.get().storyId();
            StoryProfile other = others.stream().filter(p -> p.id().equals(otherId)).findFirst().orElseThrow();
            others.remove(other);
            // Candidates come oldest first: the older story keeps its id.
            boolean keepOther = indexOf(candidates, other.id()) < indexOf(candidates, current.id());
            StoryProfile keep = keepOther ? other : current;
            StoryProfile gone = keepOther ? current : other;
            StoryProfile joined = keep.merged(gone);
            writeTerms(c, keep.id(), keep.terms(), gone.terms());
            update(c, joined, now);
            try (PreparedStatement ps = c.prepareStatement("UPDATE report_story SET story_id = ?, reason = ? || reason WHERE story_id = ?")) {
                Sql.bindAll(ps, keep.id(), "story " + gone.id() + " merged into " + keep.id() + String.format(" (profiles met: score %.3f, names %.3f); ",
                        met.get().score(), met.get().nameScore()), gone.id());
                ps.executeUpdate();
            }
            for (String sql : List.of("DELETE FROM story_terms WHERE story_id = ?", "DELETE FROM stories WHERE id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    Sql.bindAll(ps, gone.id());
                    ps.executeUpdate();
                }
            }
            current = joined;
        }
        return current;
    }

    /** A single-report story the grown story now covers (its id in the match), else a story whose profile it meets. */
    private Optional<StoryMatch> absorbedOrMet(StoryProfile current, List<StoryProfile> others, TermStatistics statistics) {
        for (StoryProfile single : others) {
            Optional<StoryMatch> m = matcher.matchSingle(single, current, statistics);
            if (m.isPresent()) return Optional.of(new StoryMatch(single.id(), m.get().score(), m.get().nameScore(), "single report now covered: " + m.get().reason()));
        }
        return matcher.matchStory(current, others, statistics);
    }

    private static int indexOf(List<StoryProfile> list, String id) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(id)) return i;
        return Integer.MAX_VALUE;
    }

    /**
     * Live incidents holding events of other reports in this report's story (the story is linked just before),
     * each with how many of those reports have their main event (highest confidence, first on a tie) in it.
     */
    static Map<String, Integer> storyIncidents(Connection c, String reportId) throws SQLException {
        return storyIncidents(c, reportId, false);
    }

    /** As {@link #storyIncidents(Connection, String)}; {@code withOwn}: the report's own incidents and lead count too. */
    static Map<String, Integer> storyIncidents(Connection c, String reportId, boolean withOwn) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        String sql = "SELECT ie.incident_id, SUM(CASE WHEN r.lead = 1 THEN 1 ELSE 0 END) FROM report_story mine"
                + " JOIN report_story other ON other.story_id = mine.story_id"
                + " JOIN incident_events ie ON ie.report_id = other.report_id JOIN incidents i ON i.id = ie.incident_id"
                + " JOIN (SELECT e.id, ROW_NUMBER() OVER (PARTITION BY e.report_id ORDER BY e.confidence DESC NULLS LAST, e.seq) AS lead"
                + " FROM events e JOIN report_story s ON s.report_id = e.report_id JOIN report_story m ON m.story_id = s.story_id WHERE m.report_id = ?) r"
                + " ON r.id = ie.event_id"
                + " WHERE mine.report_id = ? AND (? OR other.report_id <> ?) AND i.deleted = FALSE GROUP BY ie.incident_id ORDER BY ie.incident_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bindAll(ps, reportId, reportId, withOwn, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    Optional<String> storyOf(Connection c, String reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM report_story WHERE report_id = ?")) {
            Sql.bindAll(ps, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    Optional<Story> story(Connection c, String reportId) throws SQLException {
        Optional<String> id = storyOf(c, reportId);
        if (id.isEmpty()) return Optional.empty();
        List<Story> one = select(c, " WHERE s.id = ?", List.of(id.get()), "");
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** Stories with the most reports first, then the latest; {@code limit} 0 lists all. */
    List<Story> stories(Connection c, int limit) throws SQLException {
        return select(c, "", List.of(), " ORDER BY s.report_count DESC, s.date_latest DESC NULLS LAST, s.id" + (limit > 0 ? " LIMIT " + limit : ""));
    }

    private List<Story> select(Connection c, String where, List<Object> params, String tail) throws SQLException {
        Map<String, Story> out = new LinkedHashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT s.id, s.headline, s.date_earliest, s.date_latest FROM stories s" + where + tail, params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                out.put(id, new Story(id, rs.getString("headline"), Sql.date(rs, "date_earliest"), Sql.date(rs, "date_latest"), List.of()));
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        for (List<String> chunk : chunks(out.keySet())) {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT story_id, report_id FROM report_story WHERE story_id IN (" + marks(chunk.size())
                    + ") ORDER BY linked_micros, report_id", List.copyOf(chunk)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Story> list = new ArrayList<>();
        for (Story s : out.values()) list.add(new Story(s.id(), s.headline(), s.earliest(), s.latest(), members.getOrDefault(s.id(), List.of())));
        return list;
    }

    private List<StoryProfile> candidates(Connection c, List<String> names, LocalDate date) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (List<String> chunk : chunks(names)) {
            String sql = "SELECT DISTINCT t.story_id FROM story_terms t JOIN stories s ON s.id = t.story_id WHERE t.term IN (" + marks(chunk.size()) + ")";
            List<Object> params = new ArrayList<>(chunk);
            if (date != null) {
                // Dated stories too far from the report's date can never match: leave them unread.
                sql += " AND (s.date_latest IS NULL OR (s.date_latest >= ? AND s.date_earliest <= ?))";
                params.add(date.minusDays(maxWindowDays));
                params.add(date.plusDays(maxWindowDays));
            }
            try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
        }
        Map<String, StoryProfile> profiles = new LinkedHashMap<>();
        for (List<String> chunk : chunks(ids)) {
            Map<String, Map<String, Integer>> terms = new HashMap<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT story_id, term, tf FROM story_terms WHERE story_id IN (" + marks(chunk.size()) + ")",
                    List.copyOf(chunk)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) terms.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
            }
            try (PreparedStatement ps = Sql.prepare(c, "SELECT id, date_earliest, date_latest, report_count FROM stories WHERE id IN (" + marks(chunk.size())
                    + ") ORDER BY created_micros, id", List.copyOf(chunk)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    profiles.put(id, new StoryProfile(id, Sql.date(rs, "date_earliest"), Sql.date(rs, "date_latest"), rs.getInt("report_count"),
                            terms.getOrDefault(id, Map.of())));
                }
            }
        }
        return new ArrayList<>(profiles.values());
    }

    private static int storyCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM stories"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Map<String, Integer> storiesWithTerm(Connection c, Collection<String> terms) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> chunk : chunks(terms)) {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT term, COUNT(*) FROM story_terms WHERE term IN (" + marks(chunk.size()) + ") GROUP BY term",
                    List.copyOf(chunk)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static void insert(Connection c, String storyId, String reportId, StoryFeatures report, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (id, headline, first_report_id, date_earliest, date_latest, report_count, "
                + "created_micros, updated_micros) VALUES (?, ?, ?, ?, ?, 1, ?, ?)")) {
            Sql.bindAll(ps, storyId, report.headline(), reportId, report.published(), report.published(), now, now);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, StoryProfile story, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE stories SET date_earliest = ?, date_latest = ?, report_count = ?, updated_micros = ? WHERE id = ?")) {
            Sql.bindAll(ps, story.earliest(), story.latest(), story.reports(), now, story.id());
            ps.executeUpdate();
        }
    }

    /** Adds the report's term counts to the story's: new terms inserted, held ones raised. */
    private static void writeTerms(Connection c, String storyId, Map<String, Integer> held, Map<String, Integer> added) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO story_terms (story_id, term, tf) VALUES (?, ?, ?)");
                PreparedStatement update = c.prepareStatement("UPDATE story_terms SET tf = ? WHERE story_id = ? AND term = ?")) {
            for (var e : added.entrySet()) {
                Integer before = held.get(e.getKey());
                if (before == null) {
                    Sql.bindAll(insert, storyId, e.getKey(), e.getValue());
                    insert.executeUpdate();
                } else {
                    Sql.bindAll(update, before + e.getValue(), storyId, e.getKey());
                    update.executeUpdate();
                }
            }
        }
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
