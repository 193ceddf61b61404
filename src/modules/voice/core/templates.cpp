#include "modules/voice/core/templates.h"

namespace sb {
namespace {

Question scale(const char* text) { return {QuestionKind::scale, text}; }
Question open(const char* text) { return {QuestionKind::open, text}; }

}  // namespace

const std::vector<RoundTemplate>& round_templates() {
  static const std::vector<RoundTemplate> templates{
      {"po-les", Level::po, "Hoe was de les? (basisschool)",
       {scale("Ik wist wat ik deze les ging leren."), scale("De uitleg was duidelijk voor mij."),
        scale("Ik mocht zelf meedenken en meedoen."), scale("Ik heb iets nieuws geleerd."),
        scale("Ik voelde me fijn in de klas."), open("Wat vond je het leukst aan deze les?"),
        open("Wat kan de juf of meester beter doen?")}},
      {"vo-les", Level::vo, "Feedback op de les (voortgezet onderwijs)",
       {scale("Aan het begin was duidelijk wat het doel van de les was."),
        scale("De uitleg hielp mij de stof te begrijpen."), scale("Ik kreeg genoeg tijd om zelf te oefenen."),
        scale("Ik kon vragen stellen als ik iets niet snapte."),
        scale("Aan het eind wist ik of ik het doel had gehaald."), scale("De les was de moeite waard."),
        open("Wat hielp jou het meest om te leren?"), open("Wat zou je anders willen in deze les?")}},
      {"mbo-les", Level::mbo, "Feedback op de les (mbo)",
       {scale("Ik zag hoe deze les past bij mijn beroep."), scale("De opdrachten waren duidelijk."),
        scale("Ik kon in mijn eigen tempo werken."), scale("De docent gaf mij bruikbare feedback."),
        scale("Ik kan wat ik leerde straks in de praktijk gebruiken."), open("Wat ging er goed in deze les?"),
        open("Wat moet de docent volgende keer anders doen?")}},
  };
  return templates;
}

const RoundTemplate* find_template(std::string_view key) {
  for (const auto& t : round_templates()) {
    if (t.key == key) return &t;
  }
  return nullptr;
}

}  // namespace sb
