#pragma once

#include <string>
#include <string_view>

#include "core/finding.hpp"
#include "core/role.hpp"

// The French text of the web pages that is not in the templates: labels of codes, messages of
// the server itself. Domain sentences live in core/messages_fr, import ones in app.
namespace maillage::web::texts {

std::string_view role_label(core::Role role);
std::string_view verdict_css(core::Verdict verdict);  // Bootstrap colour of the badge
std::string_view level_css(core::Level level);

inline constexpr const char* kNotFoundTitle = "Page introuvable";
inline constexpr const char* kNotFound =
    "Cette page n'existe pas ou ne fait pas partie de votre périmètre.";
inline constexpr const char* kForbiddenTitle = "Accès refusé";
inline constexpr const char* kCsrfRefused =
    "Le formulaire a expiré ou ne vient pas de Maillage : rechargez la page et recommencez.";
inline constexpr const char* kSignInRequired = "Connectez-vous pour accéder à cette page.";
inline constexpr const char* kDatabaseUnavailable =
    "La base de données ne répond pas pour le moment (redémarrage ou maintenance). Rien de ce "
    "qui a été enregistré n'est perdu : réessayez dans quelques instants.";
inline constexpr const char* kServerError =
    "Une erreur inattendue s'est produite ; rien n'a été enregistré. L'incident est consigné "
    "dans le journal du serveur.";
inline constexpr const char* kMethodNotAllowed = "Cette adresse n'accepte pas cette méthode.";
inline constexpr const char* kTooLarge = "Le fichier envoyé dépasse la taille maximale (10 Mo).";
inline constexpr const char* kStaleVersion =
    "Cet enregistrement a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Vos "
    "modifications n'ont pas été enregistrées : voici les valeurs actuelles. Reportez vos "
    "changements puis enregistrez à nouveau.";
inline constexpr const char* kFormHasErrors = "Le formulaire contient des erreurs";
inline constexpr const char* kSignedOut = "Vous êtes déconnecté.";
inline constexpr const char* kPasswordChanged = "Votre mot de passe a été modifié.";

}  // namespace maillage::web::texts
