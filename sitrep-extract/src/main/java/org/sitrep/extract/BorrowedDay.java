package org.sitrep.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.sitrep.model.EventType;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * A day the sentence gives to another act, read by the date finder (which takes the nearest expression) as the event's:
 * a demonstration's date is not the day of the act it mourns or protests ("a vigil for Kimani Gray, who was shot by
 * police on Saturday", "riots over the teenager killed by police on Saturday": the day belongs to the shooting, told in
 * the clause that names the grievance), and an abduction's is not the day its captives were freed ("schoolgirls
 * kidnapped in Zamfara state were freed by their captors Tuesday"), nor an arrest the day a court heard its case ("a
 * judge on Wednesday adjourned the case of a journalist arrested ..."), nor any act the day an account of it came out ("video of a
 * mother shot and killed in a gang shooting was revealed Thursday"). Such an event gets no day of its own from that
 * sentence (the report's lead still places it in the week before publication).
 */
final class BorrowedDay {
    /** A clause between the demonstration and the date that tells harm done to someone ("for X, who was shot", "over the man killed by"). */
    private static final Pattern GRIEVANCE = Pattern.compile("\\b(for|over|of|after|who|whom|whose|where|following)\\b[^;:.]*?"
            + "\\b(shot|killed|slain|murdered|gunned down|beaten|stabbed|died|death|killing|shooting|murder|arrested|detained|jailed)\\b[^;:.]*$");

    /** The sentences of a report's lead whose undated acts the date finder places in the week before publication. */
    static final int LEAD_SENTENCES = 2;

    private BorrowedDay() {}

    /** The captives' release told between an abduction and a later date ("were freed by their captors Tuesday"). */
    private static final Pattern RELEASE = Pattern.compile("\\b(freed|released|rescued|set free|returned home|reunited|escaped|were found|was found)\\b");

    /**
     * Whether a date expression read after the trigger dates another act the sentence tells between them: the grievance
     * of a demonstration, the release of an abduction's captives.
     */
    static boolean borrowed(SubEventType sub, String sentence, int sentenceStart, Span trigger, Span date) {
        if (date != null && (courtDay(sentence, sentenceStart, trigger, date) || revealedDay(sentence, sentenceStart, trigger, date)
                || tollDay(sentence, sentenceStart, trigger, date))) return true;
        Pattern other = sub == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE ? RELEASE
                : (sub.type() == EventType.PROTESTS || sub.type() == EventType.RIOTS)
                        // excessive force: the harm is the event itself
                        && sub != SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS ? GRIEVANCE : null;
        if (other == null || date == null || date.start() < trigger.end()) return false;
        int from = trigger.end() - sentenceStart;
        int to = date.start() - sentenceStart;
        if (from < 0 || to > sentence.length() || to <= from) return false;
        return other.matcher(TriggerFinder.lowerFlat(sentence.substring(from, to))).find();
    }

    /** A court's act ("a judge on Wednesday adjourned the case of a journalist arrested ..."): its day is the hearing's. */
    private static final Pattern COURT = Pattern.compile("\\b(adjourned|adjourns|remanded|arraigned|indicted|sentenced|convicted|acquitted|granted bail"
            + "|denied bail|released on bail|freed on bail|appeared in court|appeared before|pleaded|testified|ruled|hearing)\\b");

    /** Whether a court's act stands between the trigger and its date, either way round: the date is the court's, not the act's. */
    private static boolean courtDay(String sentence, int sentenceStart, Span trigger, Span date) {
        int a = Math.min(trigger.end(), date.end()) - sentenceStart;
        int b = Math.max(trigger.start(), date.start()) - sentenceStart;
        if (a < 0 || b > sentence.length() || b <= a) return false;
        return COURT.matcher(TriggerFinder.lowerFlat(sentence.substring(a, b))).find();
    }

    /** A toll that grew ("the death toll from a truck bombing ... rose to at least six Friday"): the day is the count's. */
    private static final Pattern TOLL_ROSE = Pattern.compile("\\b(rose|risen|climbed|jumped|increased|reached|mounted|grew)\\s+to\\s+((at least|more than|over|nearly|almost|some)\\s+)?[\\w,]+\\b");
    private static final Pattern TOLL_WORD = Pattern.compile("\\b(toll|number of (dead|deaths|victims|people killed))\\b");

    /** Whether the sentence tells a toll rising between the trigger and a later date: the date is the new count's, not the act's. */
    private static boolean tollDay(String sentence, int sentenceStart, Span trigger, Span date) {
        int a = trigger.end() - sentenceStart;
        int b = date.start() - sentenceStart;
        if (a < 0 || b > sentence.length() || b <= a) return false;
        String lower = TriggerFinder.lowerFlat(sentence);
        return TOLL_ROSE.matcher(lower.substring(a, b)).find() && TOLL_WORD.matcher(lower.substring(0, b)).find();
    }

    /** An account of the act made public ("video of a mother shot and killed in a gang shooting was revealed Thursday"). */
    private static final Pattern REVEALED = Pattern.compile("\\b(was|were|has been|have been|had been)\\s+(first\\s+)?(revealed|shown|published|aired|broadcast"
            + "|posted|made public|unveiled|screened|played)\\b|\\b(surfaced|emerged)\\b");

    /** Whether the account's coming out stands between the trigger and a later date: the date is the account's, not the act's. */
    static boolean revealedDay(String sentence, int sentenceStart, Span trigger, Span date) {
        int a = trigger.end() - sentenceStart;
        int b = date.start() - sentenceStart;
        if (a < 0 || b > sentence.length() || b <= a) return false;
        return REVEALED.matcher(TriggerFinder.lowerFlat(sentence.substring(a, b))).find();
    }

    /** The date an event keeps once the sentence's day is another act's. */
    static TimeSpan withoutBorrowedDay(TimeSpan borrowed, LocalDate published, boolean lead) {
        String why = "the sentence's day (\"" + borrowed.text() + "\") is that of another act it tells (a grievance, a release, a hearing)";
        if (lead && published != null) {
            return new TimeSpan(published.minusDays(6), published, 2, null, null, false, why + "; told in the report's lead, taken to be within the week before publication");
        }
        return TimeSpan.unknown(why);
    }
}
