#!/usr/bin/env python3
"""Écrit structures.csv : des structures de services aux familles inventées pour la démonstration.

Usage : python3 make_structures.py [DOSSIER_DONNEES_ETALAB]
  DOSSIER_DONNEES_ETALAB : dossier data/ du paquet npm @etalab/decoupage-administratif 6.0.0
  (epci.json, communes.json) ; par défaut <dépôt>/node_modules/@etalab/decoupage-administratif/data

Les EPCI sont les vrais EPCI des quatre départements de la démo (rattachés, comme le fait
`maillage territories import`, au département où vit la plus grande part de leur population) ; les
structures, leurs noms et leurs références sont fictifs. Chaque EPCI reçoit de 2 à 12 structures,
environ une pour 10 000 habitants, placées dans ses plus grandes communes, sauf le Rouillacais
(Charente) qui n'en reçoit aucune : l'indicateur 3 (ETP par structure) doit montrer ce cas.
Le résultat est déterministe (aucun tirage au hasard). Bibliothèque standard uniquement.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ETALAB = os.path.join(HERE, "..", "..", "node_modules", "@etalab", "decoupage-administratif",
                              "data")
DEPARTEMENTS = ["16", "30", "81", "03"]
WITHOUT_STRUCTURE = "241600303"  # CC du Rouillacais, 0,75 ETP de coopération et aucune structure
COLUMNS = ["reference", "code_territoire", "type", "nom", "date_fermeture"]

# The types in the order an EPCI receives them: every EPCI has at least one EAJE and one RPE.
KIND_ORDER = ["eaje", "rpe", "alsh", "eaje", "centre_social", "alsh", "eaje", "evs", "eaje",
              "autre", "alsh", "eaje"]
ALSH_NAMES = ["Accueil de loisirs {de}", "Accueil périscolaire {de}", "Centre de loisirs {de}"]
EAJE_NAMES = ["Multi-accueil Les Petits Pas", "Crèche Les Lucioles", "Micro-crèche Les Pitchouns",
              "Multi-accueil Pomme d'Api", "Crèche Les Marmousets", "Halte-garderie Les Câlins",
              "Multi-accueil L'Île aux enfants", "Micro-crèche Les Petits Loups",
              "Crèche familiale Les Coccinelles", "Multi-accueil Les Frimousses",
              "Micro-crèche Les Trois Pommes", "Multi-accueil Les Galopins"]
SOCIAL_NAMES = ["Centre social Le Lien", "Centre social et culturel La Source",
                "Centre social Les Quatre Vents", "Centre socioculturel L'Escale"]
EVS_NAMES = ["Espace de vie sociale La Passerelle", "Espace de vie sociale Le Fil",
             "Espace de vie sociale La Ruche"]
OTHER_NAMES = ["Lieu d'accueil enfants-parents Les Bambins", "Ludothèque {de}",
               "Lieu d'accueil enfants-parents La Parenthèse"]


def of_commune(name):
    """« de Cognac », « d'Angoulême », « du Vigan », « des Salles-Lavalette »."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if name[0] in "AEIOUYÂÉÈÊÎÔUHaeiouy":
        return "d'" + name
    return "de " + name


def structure_name(kind, rank, epci_index, commune):
    de = of_commune(commune["nom"])
    if kind == "eaje":
        return EAJE_NAMES[(epci_index * 5 + rank) % len(EAJE_NAMES)]
    if kind == "rpe":
        return "Relais petite enfance " + de
    if kind == "alsh":  # the 3rd, 6th and 11th structures: three different names
        return ALSH_NAMES[KIND_ORDER[:rank].count("alsh")].format(de=de)
    if kind == "centre_social":
        return SOCIAL_NAMES[(epci_index + rank) % len(SOCIAL_NAMES)]
    if kind == "evs":
        return EVS_NAMES[(epci_index + rank) % len(EVS_NAMES)]
    return OTHER_NAMES[(epci_index + rank) % len(OTHER_NAMES)].format(de=de)


def main():
    etalab = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_ETALAB
    with open(os.path.join(etalab, "communes.json"), encoding="utf-8") as f:
        communes = {c["code"]: c for c in json.load(f) if c.get("type") == "commune-actuelle"}
    with open(os.path.join(etalab, "epci.json"), encoding="utf-8") as f:
        epcis = json.load(f)

    by_departement = collections.defaultdict(list)
    for epci in epcis:
        people = collections.Counter()
        for member in epci["membres"]:
            commune = communes.get(member["code"])
            if commune:
                people[commune["departement"]] += commune.get("population", 0)
        if not people:
            continue
        departement = max(sorted(people.items()), key=lambda item: item[1])[0]
        if departement in DEPARTEMENTS:
            by_departement[departement].append(epci)

    lines = []
    closed = 0
    for departement in DEPARTEMENTS:
        number = 0
        for epci_index, epci in enumerate(sorted(by_departement[departement],
                                                 key=lambda e: e["code"])):
            if epci["code"] == WITHOUT_STRUCTURE:
                continue
            count = max(2, min(12, round(epci["populationMunicipale"] / 10000)))
            # Its largest communes of the département (those the demo imports), largest first.
            members = [communes[m["code"]] for m in epci["membres"] if m["code"] in communes]
            members = [c for c in members if c["departement"] == departement]
            members.sort(key=lambda c: (-c.get("population", 0), c["code"]))
            for rank in range(count):
                kind = KIND_ORDER[rank]
                commune = members[rank % min(len(members), max(2, count // 2))]
                number += 1
                closing = ""
                if (number + epci_index) % 29 == 7:  # a few closed ones: not counted any more
                    closing = "31/08/2025"
                    closed += 1
                lines.append([f"STR-{departement}-{number:03d}", commune["code"], kind,
                              structure_name(kind, rank, epci_index, commune), closing])

    with open(os.path.join(HERE, "structures.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(";".join(COLUMNS) + "\n")
        for line in lines:
            f.write(";".join(line) + "\n")
    print(f"structures.csv : {len(lines)} structures dont {closed} fermées.")


if __name__ == "__main__":
    main()
