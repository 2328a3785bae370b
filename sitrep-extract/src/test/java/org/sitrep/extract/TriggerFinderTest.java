package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class TriggerFinderTest {
    private final TriggerFinder finder = new TriggerFinder();

    private List<SubEventType> types(String s) {
        return finder.find(s, 0).stream().map(Trigger::subType).distinct().toList();
    }

    @Test
    void a_ceasefire_is_an_agreement_once_declared_agreed_or_in_effect_not_when_wanted() {
        assertEquals(List.of(SubEventType.AGREEMENT), types("The rebel leader announced today a four-month ceasefire in the conflict."));
        assertEquals(List.of(SubEventType.AGREEMENT), types("A truce brokered by Qatar took effect at noon."));
        assertEquals(List.of(SubEventType.AGREEMENT), types("Rebel groups have agreed a 48-hour ceasefire in three towns."));
        assertEquals(List.of(), types("\"We want a cease-fire first and then negotiations,\" the minister said."));
        assertEquals(List.of(), types("She did not rule out the declaration of a unilateral cease-fire."));
    }

    @Test
    void a_refugee_camp_attacked_is_an_attack_on_civilians_an_army_camp_a_clash_and_bombs_from_aircraft_an_air_strike() {
        assertEquals(List.of(SubEventType.ATTACK), types("The Sudan Armed Forces attacked a refugee camp in South Sudan today."));
        assertTrue(types("Military sources said rebels attacked nearly 10 villages between the two towns.").contains(SubEventType.ATTACK));
        assertTrue(types("Rebels attacked an army camp near the border.").contains(SubEventType.ARMED_CLASH));
        assertTrue(types("Militants charged a camp outside the town hosting government forces.").contains(SubEventType.ARMED_CLASH));
        // VOA (Kenya, 2020): a dotted name among the words before the base
        assertTrue(types("The militants launched a brazen assault on a joint Kenya-U.S. military base in Lamu County.").contains(SubEventType.ARMED_CLASH));
        assertFalse(types("The report of the guerrilla attack was carried by the Washington Post.").contains(SubEventType.ARMED_CLASH), "a newspaper");
        assertFalse(types("The attacks on buildings from which U.S. soldiers are resisting go on.").contains(SubEventType.ARMED_CLASH));
        assertTrue(types("At least four bombs were dropped by the aircraft on the camp.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(types("The bombings began shortly after the second aircraft arrived.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(types("Civilians fled as bombs fell on a camp for displaced people on Thursday.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("A roadside bomb exploded near the market."));
    }

    @Test
    void liberation_in_a_movements_name_is_no_retaking() {
        assertEquals(List.of(), types("Fighting between the SAF and the Sudanese Peoples' Liberation Army-North began in July.").stream()
                .filter(t -> t == SubEventType.GOVERNMENT_REGAINS_TERRITORY).toList());
        assertEquals(List.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY), types("The army announced the liberation of the town on Sunday."));
    }

    @Test
    void a_convict_recaptured_is_arrested_not_territory() {
        assertTrue(types("The escape of Comeaux, a convicted rapist recaptured last month in Baytown, led to changes.").contains(SubEventType.ARRESTS));
    }

    @Test
    void tear_gas_canisters_recovered_are_no_protest() {
        assertEquals(List.of(SubEventType.DISRUPTED_WEAPONS_USE),
                types("Exantus said 17 firearms were recovered and that multiple tear gas cannisters were recovered in the prison yard."));
        assertEquals(List.of(SubEventType.PROTEST_WITH_INTERVENTION), types("Riot police used tear gas on Monday."));
    }

    @Test
    void leaving_an_organization_is_no_transfer_of_territory() {
        assertEquals(List.of(), types("In late January, Burkina Faso, Mali and Niger withdrew from ECOWAS and created a confederation."));
        assertEquals(List.of(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY), types("The rebels withdrew from the town on Friday."));
        assertEquals(List.of(), types("Britain and France remain parties to the JCPOA, which the first Trump administration pulled out of."));
        assertEquals(List.of(), types("The base has a secure prison to hold captured terrorists."));
    }

    @Test
    void a_person_captured_is_arrested_a_town_captured_is_taken() {
        assertEquals(List.of(SubEventType.ARRESTS), types("The suspects were captured during a raid on a house in the town."));
        assertEquals(List.of(SubEventType.ARRESTS), types("Texas prisoner captured after week on the run."));
        assertEquals(List.of(SubEventType.ARRESTS), types("A convicted sex offender who was the subject of a weeklong manhunt after pulling off a daring"
                + " escape during a prison transfer was captured Monday."));
        assertEquals(List.of(SubEventType.ARRESTS), types("The escaped inmate was recaptured in Houston on Friday."));
        assertEquals(List.of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY), types("Rebels captured the town on Monday."));
        assertEquals(List.of(SubEventType.ARRESTS), types("Officials captured one of the terrorists; he is from Armenia."));
        assertEquals(List.of(SubEventType.ARRESTS), types("Nationwide, 72 terrorists were captured."));
    }

    @Test
    void civilians_killed_by_armed_men_and_places_attacked_by_them_are_attacks_but_militants_killed_by_troops_are_not() {
        assertEquals(List.of(SubEventType.ATTACK), types("The nuns were killed by national guardsmen near the airport."));
        assertEquals(List.of(SubEventType.ATTACK), types("A police corporal was shot to death in Lima today."));
        assertEquals(List.of(SubEventType.ATTACK), types("The government condemned the murders of the Jesuit priests."));
        assertEquals(List.of(SubEventType.ATTACK), types("Shots were fired at a vehicle in which she was travelling."));
        assertEquals(List.of(SubEventType.ATTACK), types("Thirty-five people died in attacks by Shining Path members against four towns."));
        assertEquals(List.of(SubEventType.ATTACK), types("No militants were inside the school attacked by soldiers, the agency said."));
        assertTrue(!types("Five militants were killed by troops in the valley.").contains(SubEventType.ATTACK));
    }

    @Test
    void a_place_that_was_bombed_is_an_explosion_and_bombed_out_buildings_are_no_act() {
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("A refugee camp in Unity state was bombed on Thursday."));
        assertEquals(List.of(SubEventType.AIR_DRONE_STRIKE), types("Jets bombed the camp on Thursday."));
        assertEquals(List.of(), types("Families live in bombed-out buildings near the port."));
        assertEquals(List.of(), types("During the operation the government seized critical data and identified those involved."));
        assertEquals(List.of(), types("The test took about an hour and there was yet another encounter with the receptionist."));
        assertEquals(List.of(SubEventType.ARMED_CLASH), types("Two militants were killed in an encounter with security forces in Pulwama."));
        assertTrue(!types("We recovered one M-60 machinegun and one M-79 grenade launcher.").contains(SubEventType.GRENADE));
        assertTrue(!types("Our troops seized from the enemy -- the repressive national guard -- three G3-A3 rifles and six grenades.")
                .contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
    }

    @Test
    void roadside_bomb_is_a_remote_explosive() {
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("Days later, a roadside bomb blast killed 11 coal miners in the city."));
    }

    @Test
    void airstrikes_are_air_strikes_in_any_spelling() {
        assertTrue(types("The airstrikes targeted the Damasha and Shabeelow areas.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(types("two air strikes hit the town on tuesday .").contains(SubEventType.AIR_DRONE_STRIKE));
        // ECB+ (UNHCR and a monitor on the bombing of a refugee camp in South Sudan, November 2011)
        assertTrue(types("UNHCR condemns air attack on refugee camp in South Sudan").contains(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(types("Observers believe the attacks were carried out by the SAF's signature Antonov bombers.").contains(SubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void suicide_bombing_outranks_plain_bombing() {
        assertEquals(List.of(SubEventType.SUICIDE_BOMB), types("A suicide bomber blew himself up at a checkpoint."));
        assertTrue(types("A female suicide bomber detonated her explosive devices near a convoy.").contains(SubEventType.SUICIDE_BOMB));
        assertEquals(List.of(SubEventType.SUICIDE_BOMB), types("Twelve people were killed by a suicide bomber in the market."));
        assertEquals(List.of(SubEventType.SUICIDE_BOMB), types("The bomber detonated his suicide vest at the gate."));
        assertTrue(types("Militants began surprise attacks with suicide bombers at dawn.").contains(SubEventType.SUICIDE_BOMB), "the bombers as the means");
        assertTrue(types("Suspected suicide bombers kill dozens at the airport.").contains(SubEventType.SUICIDE_BOMB));
        // the bombers as people, with no bombing: an actor, not an act
        assertFalse(types("Snipers killed suicide bombers before forces advanced.").contains(SubEventType.SUICIDE_BOMB));
        assertEquals(List.of(), types("Suicide bombers are wearing suicide jackets, security sources said."));
    }

    @Test
    void kidnapping_is_an_abduction() {
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("Gunmen kidnapped 20 students from a school in Kaduna state."));
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("The abduction of the mayor shocked the town."));
        assertEquals(List.of(), types("The kidnappers advised the family of their decision."), "kidnappers are people, not an act");
        assertEquals(List.of(), types("We have to abandon practices like kidnapping."));
        assertEquals(List.of(), types("He condemned the use of kidnapping as a political weapon."));
    }

    @Test
    void people_captured_are_no_territory_but_a_captured_town_is() {
        assertFalse(types("Seven Afghan nationals were captured while trying to smuggle migrants across the border.")
                .contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertTrue(types("The town was captured by rebels on Sunday.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
    }

    @Test
    void seized_or_cleared_mines_named_by_model_are_disrupted_weapons_use() {
        assertTrue(types("Police seized two MON-50 landmines and three grenades at a farm.").contains(SubEventType.DISRUPTED_WEAPONS_USE));
        assertTrue(types("Engineers cleared more than 2,000 landmines along the road.").contains(SubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void driving_fighters_back_from_a_village_is_a_territorial_change() {
        List<SubEventType> t = types("Army units drove back the militants from a key village on Monday.");
        assertTrue(t.contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) || t.contains(SubEventType.GOVERNMENT_REGAINS_TERRITORY), t.toString());
    }

    @Test
    void suicide_bombs_in_the_plural_are_suicide_bombs() {
        assertTrue(types("Attackers set off suicide bombs outside a cafe on Thursday.").contains(SubEventType.SUICIDE_BOMB));
    }

    @Test
    void air_strike_phrasings() {
        assertTrue(types("The aerial bombardments on rebel positions left dozens dead.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(types("Jets destroyed two weapons depots in the hills on Sunday.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(types("The militants suffered losses in raids by army helicopters.").contains(SubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void missiles_fired_at_or_hitting_a_target_are_a_missile_attack() {
        assertTrue(types("Troops fired six missiles at a government building.").contains(SubEventType.SHELLING_ARTILLERY_MISSILE));
        assertTrue(types("The frigate was hit by an anti-ship missile off the coast.").contains(SubEventType.SHELLING_ARTILLERY_MISSILE));
    }

    @Test
    void guns_intercepted_and_a_bomb_found_are_disrupted_weapons_use() {
        assertTrue(types("Customs officers intercepted 40 locally made single barrel guns at the border.").contains(SubEventType.DISRUPTED_WEAPONS_USE));
        assertTrue(types("A bomb has been found near the governor's residence.").contains(SubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void a_surrender_to_the_army_and_a_release_in_exchange_are_agreements() {
        assertTrue(types("Twenty fighters surrendered to the army in the north on Sunday.").contains(SubEventType.AGREEMENT));
        assertTrue(types("The government freed ten rebels in exchange for the release of four soldiers.").contains(SubEventType.AGREEMENT));
    }

    @Test
    void hyphenated_group_names_do_not_break_a_territorial_phrase() {
        List<SubEventType> t = types("Troops pushed al-Shabab militants out of three villages.");
        assertTrue(t.contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) || t.contains(SubEventType.GOVERNMENT_REGAINS_TERRITORY), t.toString());
    }

    @Test
    void armed_men_storming_or_attacking_a_civilian_place_is_an_attack() {
        assertTrue(types("Gunmen stormed a university, killing students in their classrooms.").contains(SubEventType.ATTACK));
        assertTrue(types("Armed men attacked the stock exchange building on Monday.").contains(SubEventType.ATTACK));
        assertTrue(types("Gun attacks in the city left seven people dead.").contains(SubEventType.ATTACK));
    }

    @Test
    void more_phrasings_of_violence_and_protest() {
        assertTrue(types("One of the men molested her before she ran away.").contains(SubEventType.SEXUAL_VIOLENCE));
        assertTrue(types("Thousands of schoolchildren joined peaceful marches across the region.").contains(SubEventType.PEACEFUL_PROTEST));
        assertTrue(types("Fighters attacked a militia group near the border on Friday.").contains(SubEventType.ARMED_CLASH));
        assertTrue(types("The rebels suffered losses in raids by the army's helicopters.").contains(SubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void warplanes_are_an_air_strike_where_they_strike_not_where_they_are_bought() {
        assertTrue(types("Syrian warplanes pounded rebel-held areas on Monday.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(types("Ten people were killed by government warplanes in the north.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertFalse(types("If fighter jets cannot be acquired, the air force will buy drones.").contains(SubEventType.AIR_DRONE_STRIKE));
        assertFalse(types("The country signed a deal to buy 40 fighter jets.").contains(SubEventType.AIR_DRONE_STRIKE));
        // after a 2011 report of the bombing of Yida refugee camp
        assertTrue(types("Military aircraft from Sudan crossed the new international border with South Sudan and dropped bombs Thursday.")
                .contains(SubEventType.AIR_DRONE_STRIKE), "aircraft that cross a border and drop bombs");
    }

    @Test
    void a_group_that_moves_its_base_changes_its_activity_people_who_move_do_not() {
        assertEquals(List.of(), types("He is one of thousands of Chinese nationals who have relocated to Japan."));
        assertEquals(List.of(SubEventType.CHANGE_TO_GROUP_ACTIVITY), types("The militia relocated its headquarters to the border town."));
    }

    @Test
    void seizing_drugs_or_weapons_is_no_territory_but_seizing_a_town_is() {
        assertFalse(types("Police seized two tonnes of cocaine at the port.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("A cache of rifles and ammunition has been seized by police.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertTrue(types("Rebels seized the town of Mora on Sunday.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertEquals(List.of(), types("The gruesome death on a busy street was captured in a chilling surveillance tape."));
        assertEquals(List.of(), types("The story captured the attention of the nation."));
        assertEquals(List.of(), types("The second video captured an apparent retaliation after the brawl."));
        assertFalse(types("Prison guards captured the attackers but did not report their names.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("He took the staff captive and seized the gun of another deputy.").contains(SubEventType.DISRUPTED_WEAPONS_USE), "an assailant disarming a guard");
        assertTrue(types("Police seized the guns of the gang in a raid.").contains(SubEventType.DISRUPTED_WEAPONS_USE));
        assertFalse(types("Two pick-up trucks, six revolvers and eight shotguns of various brands were also seized.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
    }

    @Test
    void protesters_who_pull_down_walls_or_smash_windows_make_a_violent_demonstration() {
        assertTrue(types("Anti-government protesters pull down concrete walls near the parliament.").contains(SubEventType.VIOLENT_DEMONSTRATION));
        assertTrue(types("Thousands marched and some smashed store windows in the city centre.").contains(SubEventType.VIOLENT_DEMONSTRATION));
        assertTrue(types("Supporters fired firecrackers at the riot police in the square.").contains(SubEventType.VIOLENT_DEMONSTRATION));
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION), types("About 100 youths hurled volleys of petrol bombs and rocks at a police station."));
        assertTrue(types("Nearly 100 angry mourners clashed with cops, tossing bottles.").contains(SubEventType.VIOLENT_DEMONSTRATION));
        assertFalse(types("Students were attacked by gunmen near the campus.").contains(SubEventType.VIOLENT_DEMONSTRATION), "students as victims");
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION), types("Protesters began throwing bricks and bottles at the officers."));
        assertTrue(types("Hooded and masked protesters targeted a shopping street, overturning cars.").contains(SubEventType.VIOLENT_DEMONSTRATION));
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION), types("Two dozen protesters splintered off and trashed a pharmacy."));
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("Militants hurled bombs at the police post."));
    }

    @Test
    void demonstrated_as_showed_and_a_protest_note_are_no_protest() {
        assertFalse(types("The FMLN has demonstrated that it can destroy the economy.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("Recent events demonstrated the need for a coordinated program.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("It has been demonstrated that the unions are fronts.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("The foreign minister sent his counterpart a protest note over the clash.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("The embassy lodged a formal protest with the ministry.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("We add our protest to the voices of all those who condemned the murder.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("This can be demonstrated by the anonymous telephone call.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("Artillery units are conducting a combing operation to capture the rebels.").contains(SubEventType.SHELLING_ARTILLERY_MISSILE));
        assertTrue(types("Artillery pounded the rebel positions overnight.").contains(SubEventType.SHELLING_ARTILLERY_MISSILE));
        assertTrue(types("Members of the union demonstrated in downtown Lima on Thursday.").contains(SubEventType.PEACEFUL_PROTEST));
        assertTrue(types("Thousands demonstrated the day after the election.").contains(SubEventType.PEACEFUL_PROTEST));
        assertTrue(types("Students staged a protest outside the ministry.").contains(SubEventType.PEACEFUL_PROTEST));
    }

    @Test
    void hostilities_that_cease_persons_captured_and_farms_seized_take_no_territory() {
        assertFalse(types("The guerrillas propose the total cease of hostilities before 31 January.").contains(SubEventType.ARMED_CLASH));
        assertTrue(types("Hostilities resumed in the north on Monday.").contains(SubEventType.ARMED_CLASH));
        assertFalse(types("All of the authorities' efforts are now centered on his capture.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("They have captured, tortured, and murdered disabled persons.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("Army troops have seized several large farms owned by the drug lord.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("There have been threats of seizing land that belongs to cooperatives.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertTrue(types("Soldiers are being taken prisoner and arms are being seized.").contains(SubEventType.DISRUPTED_WEAPONS_USE));
        assertFalse(types("They will be safe if they end hostilities and begin negotiations.").contains(SubEventType.ARMED_CLASH));
        assertFalse(types("We have captured thousands of people and confiscated millions of dollars.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("They fear for the two youths captured by army troops.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("We are fighting for ideals that nobody shares.").contains(SubEventType.ARMED_CLASH));
        assertTrue(types("Rebels were fighting for control of the town on Monday.").contains(SubEventType.ARMED_CLASH));
        for (String person : List.of("Officials captured one of the terrorists in Armenia.", "Two persons were captured.", "We were captured yesterday.",
                "Nationwide, 72 terrorists were captured.", "Citizens captured him in the supermarket.", "After the investigations, the captured drug traffickers were identified.",
                "The boats were captured and taken to the island.", "The commandos have seized U.S. citizens.", "Documents seized from the subversives show their plans.",
                "The soldiers seized supplies, military uniforms and Marxist literature.")) {
            assertFalse(types(person).contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY), person);
        }
        assertTrue(types("Guerrilla units that entered Apopa captured the town hall and two neighborhoods.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertTrue(types("The town was captured by the rebels on Sunday.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertTrue(types("Government forces captured five villages in the northwest.").stream().anyMatch(t -> t.type() == org.sitrep.model.EventType.BATTLES));
    }

    @Test
    void a_murder_of_someone_an_attempt_on_a_life_dynamiting_and_heavy_combat_are_acts() {
        assertTrue(types("The government revealed the results of investigations on the murder of Msgr Arnulfo Romero.").contains(SubEventType.ATTACK));
        assertTrue(types("Cristiani strongly condemned the multiple murder that took place early this morning.").contains(SubEventType.ATTACK));
        assertTrue(types("A few minutes ago there was an attempt on the life of a criminal court judge.").contains(SubEventType.ATTACK));
        assertTrue(types("He visited the newspaper offices, which were dynamited by drug traffickers last weekend.").contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
        assertTrue(types("He died where heavy combat between the army and the FMLN has taken place.").contains(SubEventType.ARMED_CLASH));
        assertTrue(types("The attack occurred at approximately 1545 GMT.").contains(SubEventType.ATTACK));
        assertTrue(types("Galan, 46, was machinegunned together with five other persons.").contains(SubEventType.ATTACK));
        assertFalse(types("The heart attack occurred at home.").contains(SubEventType.ATTACK));
        assertFalse(types("He was charged with murder of a police officer.").contains(SubEventType.ATTACK), "a charge names no new act");
    }

    @Test
    void pillage_and_sabotage_destroy_property_arson_alone_does_not() {
        assertTrue(types("Fifty men entered the towns, where they carried out sabotage and pillage.").contains(SubEventType.LOOTING_PROPERTY_DESTRUCTION));
        // arson alone is ordinary crime as often as not (a church fire, a burned warehouse): ACLED codes it only with a political actor
        assertFalse(types("Arson is suspected in the fire that destroyed the historic dairy warehouse.").contains(SubEventType.LOOTING_PROPERTY_DESTRUCTION));
        assertFalse(types("He accused the rebels of trying to sabotage the peace talks.").contains(SubEventType.LOOTING_PROPERTY_DESTRUCTION));
    }

    @Test
    void arrests_that_are_generic_asked_for_or_of_vehicles_are_no_arrest() {
        assertFalse(types("Unfortunately many of those who are arrested are later released.").contains(SubEventType.ARRESTS));
        assertFalse(types("Argentina has requested the arrest of two leaders of the group.").contains(SubEventType.ARRESTS));
        assertFalse(types("About 300 vehicles were detained on the roads linking Lima with the interior.").contains(SubEventType.ARRESTS));
        assertFalse(types("Anyone found carrying arms will be arrested, the governor said.").contains(SubEventType.ARRESTS));
        // VOA (Haiti, 2021): where they are held, not when they were taken
        assertFalse(types("The alleged coup plotters are also detained there.").contains(SubEventType.ARRESTS), "a state, not an act");
        assertFalse(types("Many of them are now detained in Kabul.").contains(SubEventType.ARRESTS));
        assertTrue(types("Police arrested five drug traffickers in Mexicali.").contains(SubEventType.ARRESTS));
        assertTrue(types("Two suspects were arrested and three others were detained on Monday.").contains(SubEventType.ARRESTS));
    }

    @Test
    void people_counted_and_captured_are_arrested_places_taken() {
        // MUC-4 style wire copy
        List<SubEventType> t = types("In Medellin, 35 criminals who were coordinating with the guerrillas have been captured.");
        assertTrue(t.contains(SubEventType.ARRESTS), t.toString());
        assertFalse(t.contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("By Monday, 3 villages near the border had been captured by the rebels.").contains(SubEventType.ARRESTS));
    }

    @Test
    void police_who_beat_protesters_use_excessive_force() {
        assertTrue(types("A police officer hits a demonstrator with his baton outside the court.").contains(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS));
    }

    @Test
    void weapons_as_things_are_no_attack_with_them() {
        assertFalse(types("Missiles struck what officials said were chemical weapons facilities.").contains(SubEventType.CHEMICAL_WEAPON));
        assertFalse(types("Police seized rifles and two hand grenades from the house.").contains(SubEventType.GRENADE));
        assertTrue(types("A man threw a grenade at the police post.").contains(SubEventType.GRENADE));
        assertFalse(types("The authorities seized weapons, communication equipment, bullet-proof vests, ammunition for rifles, grenades brought from Israel and uniforms.")
                .contains(SubEventType.GRENADE), "an inventory of things seized");
        assertFalse(types("We learned that an explosive device was also defused at the airport.").contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
        assertTrue(types("Six rangers were killed in a tank attack on Sunday.").contains(SubEventType.SHELLING_ARTILLERY_MISSILE));
    }

    @Test
    void murder_and_killing_named_civilians_are_attacks_but_a_murder_trial_is_not() {
        assertTrue(types("Guerrillas have killed the mayor of the town and two peasants.").contains(SubEventType.ATTACK));
        assertTrue(types("Gunmen murdered four members of a family on Friday.").contains(SubEventType.ATTACK));
        assertTrue(types("The judge was murdered by paramilitaries near his home.").contains(SubEventType.ATTACK));
        assertFalse(types("He murdered his business partner in a dispute over money.").contains(SubEventType.ATTACK), "a murder with no armed actor is ordinary crime");
        assertFalse(types("The murder trial of the former minister opened on Monday.").contains(SubEventType.ATTACK));
    }

    @Test
    void dynamite_and_bombs_set_off_or_thrown_are_remote_explosives() {
        assertTrue(types("Ten men hurled dynamite sticks at the embassy.").contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
        assertTrue(types("The train was derailed after hitting a dynamite charge.").contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
        assertTrue(types("Urban guerrillas set off a bomb in the basement of the tower.").contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
    }

    @Test
    void first_pass_skips_sentences_without_any_cue() {
        assertFalse(finder.mayHoldEvent("The president met the prime minister to discuss trade."));
        assertTrue(finder.mayHoldEvent("Three Americans were killed."));
    }

    @Test
    void money_medicine_football_and_software_senses_are_no_triggers() {
        assertEquals(List.of(), types("The company shelled out $300 million for the startup."));
        assertEquals(List.of(), types("The offensive tackle signed a two-year contract."));
        assertEquals(List.of(), types("He was rushed to hospital after a cardiac arrest."));
        assertEquals(List.of(), types("The flaw allows remote code execution on unpatched machines."));
        assertEquals(List.of(), types("Crews spent the night fire-fighting on the ridge."));
        assertTrue(types("The army launched an offensive on the town.").contains(SubEventType.ARMED_CLASH));
        assertTrue(types("Artillery shelled the village overnight.").contains(SubEventType.SHELLING_ARTILLERY_MISSILE));
        assertTrue(types("Police arrested twelve opposition activists.").contains(SubEventType.ARRESTS));
    }

    @Test
    void an_agreement_is_one_between_parties_to_a_conflict_not_any_agreeing() {
        assertEquals(List.of(SubEventType.AGREEMENT), types("The rebels agreed to a ceasefire in the northern province."));
        assertEquals(List.of(SubEventType.AGREEMENT), types("Both sides agreed to exchange prisoners next week."));
        assertEquals(List.of(), types("Her lawyer had agreed to send the actress to a clinic in Malibu."));
    }
}
