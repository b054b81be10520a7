#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// Every French sentence of the JSON API that is not a record's validation message (those come
// from the imports' messages, so the API, the forms and the CSV files say the same thing).
namespace maillage::web::api::messages {

inline constexpr const char* kNotFoundTitle = "Ressource introuvable";
inline constexpr const char* kNotFound =
    "Cette ressource n'existe pas ou ne fait pas partie de votre périmètre.";
inline constexpr const char* kForbiddenTitle = "Accès refusé";
inline constexpr const char* kBadRequestTitle = "Requête mal formée";
inline constexpr const char* kInvalidTitle = "Données invalides";
inline constexpr const char* kStaleTitle = "Version périmée";
inline constexpr const char* kMediaTypeTitle = "Type de contenu non pris en charge";
inline constexpr const char* kMediaType =
    "Envoyez le corps de la requête en JSON, avec l'en-tête « Content-Type: application/json ».";
inline constexpr const char* kEmptyBody =
    "Le corps de la requête est vide : envoyez un objet JSON ({ … }).";
inline constexpr const char* kBodyNotObject =
    "Le corps de la requête doit être un objet JSON ({ … }).";
inline constexpr const char* kEditPostRefused = "Votre rôle ne permet pas de modifier les postes.";
inline constexpr const char* kEditCtgRefused = "Votre rôle ne permet pas de modifier les CTG.";
inline constexpr const char* kCafPortfolioRefused =
    "Seuls les agents et administrateurs de la Caf consultent le financement par Caf.";
inline constexpr const char* kRequired = "Champ obligatoire.";
inline constexpr const char* kVersionRequired =
    "La version lue est obligatoire : champ « version » du corps ou en-tête If-Match.";
inline constexpr const char* kVersionsDiffer =
    "Le champ « version » et l'en-tête If-Match indiquent deux versions différentes.";
inline constexpr const char* kIdentityFixed =
    "Ne change pas ici : pour déplacer un poste, mettez-y fin puis créez-en un autre.";
inline constexpr const char* kCtgTerritoryFixed =
    "Le territoire d'une CTG ne change pas : une CTG sur un autre territoire est une autre CTG.";
inline constexpr const char* kLineBreakInItem =
    "Un élément par nom, sans retour à la ligne à l'intérieur.";

// "Le corps de la requête n'est pas du JSON valide : ligne 1, colonne 5, près de « {"a": x »."
std::string malformed_json(std::size_t line, std::size_t column, std::string_view near);
// "Nombre entier attendu, pas une chaîne de caractères."
std::string wrong_type(std::string_view expected, std::string_view actual);
// "Champ inconnu." with, when there is one, the field meant and its unit.
std::string unknown_field(std::string_view meant, std::string_view unit);
std::string negative_number();
std::string number_too_large(std::int64_t max);
std::string bad_iso_date(std::string_view value);
std::string bad_query_choice(std::string_view value, std::string_view allowed);
std::string bad_limit(std::string_view value, int max);
std::string bad_offset(std::string_view value);
std::string invalid_detail(std::size_t errors);
std::string stale_detail(int sent, int current);

}  // namespace maillage::web::api::messages
