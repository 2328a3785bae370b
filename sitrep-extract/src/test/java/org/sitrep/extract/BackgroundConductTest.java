package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A war told as a state, a conduct charged, a habit, a hope and the cause of displacement name no act of a day; the same
 * words with a day, a count or a definite victim still do. Sentences from Voice of America stories (public domain) unless
 * marked as written for the test.
 */
class BackgroundConductTest {
    private final BackgroundFilter filter = new BackgroundFilter();

    private Optional<String> reason(String s, String trigger) {
        return BackgroundFilterTest.reason(filter, s, trigger);
    }

    @Test
    void a_war_told_in_the_present_perfect_without_a_day_is_a_state() {
        assertEquals(Optional.of("ongoing"), reason("The paramilitary Rapid Support Forces has been fighting the Sudanese Armed Forces,"
                + " and the United Nations says both sides have committed grave human rights abuses.", "fighting"));
        // written for the test: the same tense with a day, or with days counted, is a battle going on
        assertEquals(Optional.empty(), reason("Troops have been fighting militants in Kalat since Tuesday.", "fighting"));
        assertEquals(Optional.empty(), reason("Troops have been fighting militants around the town for three days.", "fighting"));
        assertEquals(Optional.empty(), reason("The army has fought the rebels near the border.", "fought"));
    }

    @Test
    void conduct_charged_against_a_class_of_victims_is_no_act() {
        assertEquals(Optional.of("conduct charge"), reason("A Christian-dominated militia called the anti-Balaka fought back, with both the Seleka"
                + " and anti-Balaka being accused of targeting and killing civilians.", "killing civilians"));
        // written for the test: a counted or definite victim is an act charged
        assertEquals(Optional.empty(), reason("Police accused the group of kidnapping and killing the journalist.", "killing"));
        assertEquals(Optional.empty(), reason("The army accused the rebels of killing 12 civilians on Monday.", "killing"));
    }

    @Test
    void an_act_told_with_often_after_it_is_a_habit() {
        assertEquals(Optional.of("habit after"), reason("“The vast majority — including some younger than five — had been raped, often by armed men,”"
                + " said Secretary General Christopher Lockyear.", "raped"));
        assertEquals(Optional.empty(), reason("Two women were raped by armed men in the camp on Sunday.", "raped"), "written for the test");
    }

    @Test
    void what_someone_hopes_a_document_will_end_did_not_happen() {
        assertEquals(Optional.of("wish"), reason("Al-Sharaa said following the signing ceremony that he hoped the document would mark"
                + " “the beginning of a new history for Syria, where oppression is replaced by justice, destruction by construction,"
                + " ignorance by education and torture by mercy.”", "torture"));
        // written for the test: a hope, then an act told with its day
        assertEquals(Optional.empty(), reason("Residents hoped the truce would hold, a day after gunmen killed 12 people in the market.", "killed"));
    }

    @Test
    void fighting_told_as_what_forced_people_to_flee_is_the_war_not_a_clash() {
        assertEquals(Optional.of("displacement result"), reason("The U.N. says fighting in the C.A.R. has forced close to a million"
                + " Central Africans to flee to neighboring countries, including Cameroon.", "fighting"));
        // written for the test: a dated clash that displaced people is a clash
        assertEquals(Optional.empty(), reason("Fighting in the town on Monday has forced 5,000 people to flee.", "Fighting"));
    }

    @Test
    void what_has_gone_on_since_then_is_a_period() {
        assertEquals(Optional.of("since then"), reason("Since then, protesters have demanded that his National Congress Party be eliminated.", "protesters"));
        // written for the test
        assertEquals(Optional.empty(), reason("Since then, the protesters marched on the palace on Friday.", "marched"));
    }

    @Test
    void fighting_told_as_going_on_across_a_country_is_the_war_not_a_clash() {
        assertEquals(Optional.of("situation"), reason("\"The fighting is happening right at their doorsteps, around their homes, their schools and"
                + " hospitals, and across many of Sudan's cities, towns, and villages,\" Catherine Russell told the council.", "fighting"));
        // written for the test: fighting going on in one place, or on a day, is a clash
        assertEquals(Optional.empty(), reason("Fighting is raging around the airport, residents said.", "Fighting"));
        assertEquals(Optional.empty(), reason("Fighting is raging across the city on Tuesday, residents said.", "Fighting"));
    }

    @Test
    void windows_an_explosion_smashed_are_its_damage_not_a_riot() {
        // after a Guardian report of the attack on the German consulate in Mazar-i-Sharif (November 2016)
        assertEquals(Optional.of("blast effect"), reason("A huge explosion, followed by sporadic gunfire, reverberated across the usually tranquil"
                + " city, smashing windows of nearby shops.", "smashing windows"));
        // written for the test: rioters smashing windows are a riot
        assertEquals(Optional.empty(), reason("Rioters marched through the city, smashing windows of nearby shops.", "smashing windows"));
        // AFP, the same attack: cars a bombing overturned
        assertEquals(Optional.of("blast effect"), reason("The Taliban said the bombing late Thursday, which tore a massive crater in the road and"
                + " overturned cars, was a revenge attack.", "overturned cars"));
    }
}
