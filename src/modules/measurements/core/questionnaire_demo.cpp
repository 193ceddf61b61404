#include "modules/measurements/core/questionnaire_demo.h"

namespace sb {

Questionnaire demo_culture_questionnaire() {
  Questionnaire q;
  q.title = "Leercultuur in de school";
  q.description = "Twintig stellingen over hoe we op school samen leren en verbeteren. Geef bij elke stelling aan "
                  "hoe goed die past bij jouw team: van 1 (helemaal oneens) tot 5 (helemaal eens).";
  const char* samen = "Samen leren";
  const char* leerlingen = "Gericht op leerlingen";
  const char* feedback = "Feedbackcultuur";
  const char* eigenaarschap = "Eigenaarschap";
  const char* leiderschap = "Leiderschap";
  q.statements = {
      {samen, "We bereiden lessen geregeld samen voor."},
      {samen, "Ik leer veel van de collega's in mijn team."},
      {samen, "Als iets goed werkt in een klas, delen we dat in het team."},
      {samen, "We nemen elke week tijd om samen te kijken wat beter kan."},
      {leerlingen, "In ons team gaat het gesprek vooral over wat leerlingen leren."},
      {leerlingen, "We gebruiken wat leerlingen zeggen om ons onderwijs te verbeteren."},
      {leerlingen, "We stellen doelen voor wat onze leerlingen bereiken."},
      {leerlingen, "We kijken samen of onze aanpak de leerlingen helpt."},
      {feedback, "Collega's komen bij mij in de les kijken."},
      {feedback, "Ik krijg bruikbare feedback op mijn lessen."},
      {feedback, "Ik vind het gewoon om een collega om feedback te vragen."},
      {feedback, "Fouten maken mag: we leren ervan."},
      {eigenaarschap, "Ik voel me verantwoordelijk voor de resultaten van het hele team."},
      {eigenaarschap, "Afspraken in ons team komen we na."},
      {eigenaarschap, "Ik kom zelf met ideeën om ons onderwijs beter te maken."},
      {eigenaarschap, "Ons team lost problemen eerst zelf op."},
      {leiderschap, "De schoolleiding doet zelf actief mee met verbeteren."},
      {leiderschap, "De schoolleiding helpt als ons team ergens op vastloopt."},
      {leiderschap, "Er is in het rooster tijd om samen te werken aan beter onderwijs."},
      {leiderschap, "De schoolleiding laat zien wat er in de school goed gaat."},
  };
  return q;
}

}  // namespace sb
