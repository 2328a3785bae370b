package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishCheckTest {
    private final EnglishCheck check = new EnglishCheck();

    @Test
    void english_prose_passes() {
        assertFalse(check.clearlyNotEnglish(Fixtures.ENGLISH));
        assertFalse(check.clearlyNotEnglish(Fixtures.ENGLISH.toUpperCase()));
    }

    @Test
    void french_prose_is_clearly_not_english() {
        String french = "Les forces de sécurité ont annoncé jeudi que plusieurs personnes ont été tuées lors d'une attaque "
                + "contre un poste de police dans le nord du pays. Selon un responsable local, les assaillants sont arrivés "
                + "à moto et ont ouvert le feu sur les agents avant de prendre la fuite vers la frontière. Le gouvernement a "
                + "condamné cette attaque et promis que les auteurs seraient retrouvés.";
        assertTrue(check.clearlyNotEnglish(french));
    }

    @Test
    void text_in_another_script_is_clearly_not_english() {
        String arabic = "أعلنت قوات الأمن يوم الخميس مقتل عدة أشخاص في هجوم على مركز للشرطة في شمال البلاد وقال مسؤول محلي إن المهاجمين "
                + "وصلوا على دراجات نارية وفتحوا النار على العناصر قبل أن يفروا نحو الحدود";
        assertTrue(check.clearlyNotEnglish(arabic));
    }

    @Test
    void short_text_is_never_refused() {
        assertFalse(check.clearlyNotEnglish("Combats à Kidal."));
    }
}
