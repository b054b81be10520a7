#!/usr/bin/env python3
"""Vérifie le portefeuille de démonstration (conventions.csv, posts.csv).

Usage : python3 check_demo.py [DOSSIER_DONNEES_ETALAB]
  DOSSIER_DONNEES_ETALAB : dossier data/ du paquet npm @etalab/decoupage-administratif 6.0.0
  (epci.json, communes.json) ; par défaut
  <dépôt>/node_modules/@etalab/decoupage-administratif/data (installé par scripts/install-deps)

Contrôles : format des fichiers (séparateur « ; », UTF-8 sans BOM, en-tête), valeurs admises par
colonne, identifiants uniques, codes territoire existants, périodes de CTG sans chevauchement,
chiffres des sources (Gard 63,21 ETP ; Tarn 37 personnes et 28,29 ETP ; tableau des ETP par EPCI
de la Charente), typologie du Gard, et présence d'un poste pour chaque cas de règle listé dans
README.md, évalué au 23/11/2026. Bibliothèque standard uniquement.
"""
import collections
import datetime
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ETALAB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "node_modules",
                              "@etalab", "decoupage-administratif", "data")
EVALUATION_DATE = datetime.date(2026, 11, 23)
GARD_RENEWAL_PHASE_START = datetime.date(2026, 1, 1)  # gard-2024.toml, renewal_phase_start
NIMES_METROPOLE = "243000643"

CONVENTION_COLUMNS = ["code_territoire", "date_debut", "date_fin", "renouvellement"]
POST_COLUMNS = ["identifiant", "code_territoire", "porteur", "etp_agent", "etp_mission",
                "cout_annuel", "fonction", "niveau_diplome", "statut", "date_embauche",
                "vacant_depuis", "caf_associee_recrutement", "participation_reseau",
                "rapport_annuel_transmis"]
PORTEURS = {"epci", "commune", "syndicat", "association", "prestataire"}
FONCTIONS = {"cooperation", "assistant_administratif", "direction", "responsable_equipement"}
STATUTS = {"existant", "creation"}
OUI_NON = {"oui", "non"}
PREFIX_BY_DEPARTEMENT = {"30": "GARD", "16": "CHAR", "81": "TARN", "03": "ALLIER"}

# 004_5379960f3bbf2085.txt, « LA FONCTION DE COORDINATION EN CHARENTE » : ETP contractualisés CTG.
CHARENTE_TABLE = {
    "200071827": Decimal("2.5"),   # CA du Grand Angoulême
    "200068914": Decimal("1.5"),   # CC La Rochefoucauld Porte du Périgord
    "200070282": Decimal("1.5"),   # CC Lavalette Tude Dronne
    "200029734": Decimal("1"),     # CC des 4B Sud Charente
    "200043016": Decimal("1"),     # CC Val de Charente
    "200072023": Decimal("1"),     # CC Cœur de Charente
    "241600303": Decimal("0.75"),  # CC du Rouillacais
    "200070514": Decimal("4"),     # CA du Grand Cognac
    "200072049": Decimal("1.5"),   # CC de Charente Limousine
}

errors = []


def fail(where, message):
    errors.append(f"{where} : {message}")


def read_csv(path, columns):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(path, "BOM UTF-8 interdit")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(path, f"pas en UTF-8 ({error})")
        return None
    if "\r" in text:
        fail(path, "fins de ligne CR interdites")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != ";".join(columns):
        fail(path, f"en-tête attendu : {';'.join(columns)}")
        return None
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split(";")
        if len(cells) != len(columns):
            fail(f"{os.path.basename(path)}:{number}", f"{len(cells)} champs au lieu de {len(columns)}")
            continue
        rows.append((number, dict(zip(columns, cells))))
    return rows


def parse_date(value):
    if not re.fullmatch(r"\d{2}/\d{2}/\d{4}", value):
        return None
    day, month, year = (int(part) for part in value.split("/"))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_fte(value):
    if not re.fullmatch(r"\d+(,\d{1,2})?", value):
        return None
    return Decimal(value.replace(",", "."))


def parse_money(value):
    compact = value.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not re.fullmatch(r"\d+(,\d{1,2})?", compact):
        return None
    return Decimal(compact.replace(",", "."))


def fr(number):
    """Nombre décimal à la française : 63,21."""
    return format(number.normalize(), "f").replace(".", ",")


def load_etalab(folder):
    communes = {}
    for commune in json.load(open(os.path.join(folder, "communes.json"), encoding="utf-8")):
        if commune.get("type") == "commune-actuelle":
            communes[commune["code"]] = commune
    epcis = {}
    epci_of_commune = {}
    for epci in json.load(open(os.path.join(folder, "epci.json"), encoding="utf-8")):
        members = [m["code"] for m in epci["membres"] if m["code"] in communes]
        counts = collections.Counter(communes[code]["departement"] for code in members)
        departement, count = counts.most_common(1)[0] if counts else ("", 0)
        epcis[epci["code"]] = {"nom": epci["nom"], "departement": departement,
                               "mainly": bool(members) and count * 2 > len(members)}
        for code in members:
            epci_of_commune[code] = epci["code"]
    return communes, epcis, epci_of_commune


def main():
    etalab = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_ETALAB
    try:
        communes, epcis, epci_of_commune = load_etalab(etalab)
    except OSError as error:
        print(f"Données @etalab/decoupage-administratif introuvables : {error}", file=sys.stderr)
        return 2

    def territory(code):
        """(département, EPCI de rattachement, nom) ou None si le code est inconnu."""
        if re.fullmatch(r"\d{9}", code) and code in epcis:
            if not epcis[code]["mainly"]:
                return None
            return epcis[code]["departement"], code, epcis[code]["nom"]
        if len(code) == 5 and code in communes:
            return communes[code]["departement"], epci_of_commune.get(code), communes[code]["nom"]
        return None

    # ---- conventions.csv ----
    ctgs = collections.defaultdict(list)
    convention_rows = read_csv(os.path.join(HERE, "conventions.csv"), CONVENTION_COLUMNS)
    post_rows = read_csv(os.path.join(HERE, "posts.csv"), POST_COLUMNS)
    if convention_rows is None or post_rows is None:
        return report_errors()
    for number, row in convention_rows:
        where = f"conventions.csv:{number}"
        code = row["code_territoire"]
        if territory(code) is None:
            fail(where, f"code territoire inconnu ou hors des quatre départements : {code}")
        start, end = parse_date(row["date_debut"]), parse_date(row["date_fin"])
        if start is None or end is None:
            fail(where, "date invalide (attendu JJ/MM/AAAA)")
            continue
        if not start < end:
            fail(where, "date_debut doit précéder date_fin")
        years = (end - start).days / 365.25
        if not 3 <= years <= 6:
            fail(where, f"durée de CTG peu plausible ({years:.1f} ans)")
        if row["renouvellement"] not in OUI_NON:
            fail(where, "renouvellement : oui ou non")
        ctgs[code].append((start, end, row["renouvellement"] == "oui"))
    for code, periods in ctgs.items():
        periods.sort()
        for (s1, e1, _), (s2, e2, _) in zip(periods, periods[1:]):
            if s2 <= e1:
                fail("conventions.csv", f"{code} : CTG qui se chevauchent ({s1}–{e1} et {s2}–{e2})")

    def ctg_in_force(code):
        info = territory(code)
        periods = ctgs.get(code) or (ctgs.get(info[1]) if info and info[1] else None) or []
        for start, end, renewal in periods:
            if start <= EVALUATION_DATE <= end:
                return start, end, renewal
        return None

    # ---- posts.csv ----
    posts = []
    seen = set()
    for number, row in post_rows:
        where = f"posts.csv:{number} ({row['identifiant']})"
        post = dict(row)
        ident = row["identifiant"]
        match = re.fullmatch(r"(GARD|CHAR|TARN|ALLIER)-\d{3}", ident)
        if not match:
            fail(where, "identifiant attendu GARD-001, CHAR-001, TARN-001 ou ALLIER-001")
        if ident in seen:
            fail(where, "identifiant en double")
        seen.add(ident)
        info = territory(row["code_territoire"])
        if info is None:
            fail(where, f"code territoire inconnu : {row['code_territoire']}")
            continue
        post["departement"], post["epci"], post["nom"] = info
        if PREFIX_BY_DEPARTEMENT.get(info[0]) != (match.group(1) if match else None):
            fail(where, f"identifiant incohérent avec le département {info[0]}")
        if not ctgs.get(row["code_territoire"]) and not ctgs.get(info[1] or ""):
            fail(where, "aucune CTG (même terminée) pour ce territoire")
        if row["porteur"] not in PORTEURS:
            fail(where, f"porteur : {sorted(PORTEURS)}")
        agent, mission = parse_fte(row["etp_agent"]), parse_fte(row["etp_mission"])
        if agent is None or mission is None:
            fail(where, "ETP : nombre à 2 décimales au plus, virgule décimale")
            continue
        if not Decimal(0) < agent <= Decimal(1):
            fail(where, "etp_agent doit être dans ]0 ; 1]")
        if not Decimal(0) < mission <= agent:
            fail(where, "etp_mission doit être dans ]0 ; etp_agent]")
        cost = parse_money(row["cout_annuel"])
        if cost is None or cost <= 0:
            fail(where, "cout_annuel : montant en euros positif")
            continue
        if agent > 0 and not Decimal(35000) <= cost / agent <= Decimal(60000):
            fail(where, f"coût peu plausible : {cost / agent:.0f} € pour un temps plein")
        if row["fonction"] not in FONCTIONS:
            fail(where, f"fonction : {sorted(FONCTIONS)}")
        if row["fonction"] == "cooperation" and mission != agent:
            fail(where, "un poste de pure coopération a etp_mission = etp_agent")
        if not re.fullmatch(r"[3-8]", row["niveau_diplome"]):
            fail(where, "niveau_diplome : entier de 3 à 8")
        if row["statut"] not in STATUTS:
            fail(where, "statut : existant ou creation")
        hired = parse_date(row["date_embauche"])
        if hired is None or hired > EVALUATION_DATE:
            fail(where, "date_embauche invalide ou postérieure au 23/11/2026")
            continue
        if row["statut"] == "creation" and hired.year not in (2025, 2026):
            fail(where, "une création est embauchée en 2025 ou 2026")
        vacant = None
        if row["vacant_depuis"]:
            vacant = parse_date(row["vacant_depuis"])
            if vacant is None or not hired <= vacant <= EVALUATION_DATE:
                fail(where, "vacant_depuis invalide (entre l'embauche et le 23/11/2026)")
        for column in ("caf_associee_recrutement", "participation_reseau",
                       "rapport_annuel_transmis"):
            if row[column] not in OUI_NON:
                fail(where, f"{column} : oui ou non")
        post.update(agent=agent, mission=mission, cost=cost, hired=hired, vacant=vacant,
                    share=mission / agent, ctg=ctg_in_force(row["code_territoire"]))
        posts.append(post)

    by_caf = collections.defaultdict(list)
    for post in posts:
        by_caf[post["departement"]].append(post)

    def total(items):
        return sum((p["mission"] for p in items), Decimal(0))

    # ---- chiffres des sources ----
    gard, tarn, charente, allier = (by_caf[d] for d in ("30", "81", "16", "03"))
    if total(gard) != Decimal("63.21"):
        fail("Gard", f"{fr(total(gard))} ETP au lieu de 63,21 (001, « LES INDICATEURS DE RÉGULATION »)")
    if not 75 <= len(gard) <= 82:
        fail("Gard", f"{len(gard)} personnes (attendu environ 75 à 80)")
    if len(tarn) != 37 or total(tarn) != Decimal("28.29"):
        fail("Tarn", f"{len(tarn)} personnes / {fr(total(tarn))} ETP au lieu de 37 / 28,29 (003)")
    per_epci = collections.defaultdict(Decimal)
    for post in charente:
        per_epci[post["epci"]] += post["mission"]
    if dict(per_epci) != CHARENTE_TABLE:
        table = ", ".join(f"{code} : {fr(fte)}" for code, fte in sorted(per_epci.items()))
        fail("Charente", f"ETP par EPCI ({table}) ≠ tableau de 004")
    if not 10 <= len(allier) <= 14:
        fail("Allier", f"{len(allier)} postes (attendu une douzaine)")

    # ---- typologie du Gard (001, « Typologie des postes de chargés de coopération ») ----
    if gard:
        share = lambda pred: sum(1 for p in gard if pred(p)) / len(gard)
        typology = [("direction", share(lambda p: p["fonction"] == "direction"), 0.23, 0.29),
                    ("assistant_administratif",
                     share(lambda p: p["fonction"] == "assistant_administratif"), 0.09, 0.13),
                    ("moins de 25 %", share(lambda p: p["share"] < Decimal("0.25")), 0.12, 0.16)]
        for label, value, low, high in typology:
            if not low <= value <= high:
                fail("Gard", f"part « {label} » = {value:.0%}, hors de [{low:.0%} ; {high:.0%}]")

    # ---- un poste au moins pour chaque cas de règle (évalué au 23/11/2026) ----
    def renewed(p):
        return p["ctg"] is not None and p["ctg"][2] and p["ctg"][0] >= GARD_RENEWAL_PHASE_START

    def not_renewed(p):
        return p["ctg"] is not None and not renewed(p)

    def is_commune(p):
        return len(p["code_territoire"]) == 5

    quarter, half = Decimal("0.25"), Decimal("0.5")
    scenarios = {
        "GARD-CTG : pas de CTG en vigueur": lambda p: p["ctg"] is None,
        "GARD-25PCT : 25 % pile, CTG renouvelée": lambda p: p["share"] == quarter and renewed(p),
        "GARD-25PCT : < 25 %, CTG renouvelée": lambda p: p["share"] < quarter and renewed(p),
        "GARD-25PCT : < 25 %, CTG non renouvelée": lambda p: p["share"] < quarter and not_renewed(p),
        "GARD-ASSISTANT : CTG renouvelée":
            lambda p: p["fonction"] == "assistant_administratif" and renewed(p),
        "GARD-ASSISTANT : CTG non renouvelée":
            lambda p: p["fonction"] == "assistant_administratif" and not_renewed(p),
        "GARD-DIRECTION : CTG renouvelée": lambda p: p["fonction"] == "direction" and renewed(p),
        "GARD-DIRECTION : CTG non renouvelée":
            lambda p: p["fonction"] == "direction" and not_renewed(p),
        "GARD-MANAGEMENT : Monsieur X (50 000 €, 1 / 0,5)":
            lambda p: (p["fonction"] == "responsable_equipement" and p["cost"] == 50000
                       and p["agent"] == 1 and p["mission"] == half and renewed(p)),
        "GARD-DEV-50PCT : création à 50 % pile":
            lambda p: p["statut"] == "creation" and p["share"] == half and p["mission"] >= half,
        "GARD-DEV-50PCT : création à 40 %":
            lambda p: p["statut"] == "creation" and p["share"] == Decimal("0.4"),
        "GARD-DEV-05ETP : création à 0,5 ETP pile":
            lambda p: p["statut"] == "creation" and p["mission"] == half,
        "GARD-DEV-05ETP : création à 0,4 ETP et 100 %":
            lambda p: p["statut"] == "creation" and p["mission"] == Decimal("0.4") and p["share"] == 1,
        "GARD-INTERCO : commune de Nîmes Métropole":
            lambda p: is_commune(p) and p["epci"] == NIMES_METROPOLE,
        "GARD-INTERCO : commune hors Nîmes Métropole":
            lambda p: is_commune(p) and p["epci"] != NIMES_METROPOLE,
        "GARD-PRESTATAIRE": lambda p: p["porteur"] == "prestataire",
        "GARD-QUALIFICATION : niveau 4": lambda p: p["niveau_diplome"] == "4",
        "GARD-RECRUTEMENT : Caf non associée": lambda p: p["caf_associee_recrutement"] == "non",
        "GARD-RESEAU : pas de participation": lambda p: p["participation_reseau"] == "non",
        "GARD-RAPPORT : rapport 2025 en retard":
            lambda p: p["rapport_annuel_transmis"] == "non" and p["hired"].year <= 2025,
        "GARD-VACANCE : vacant depuis le 15/10/2026":
            lambda p: p["vacant"] == datetime.date(2026, 10, 15),
        "GARD-VACANCE : vacant depuis le 01/08/2026":
            lambda p: p["vacant"] == datetime.date(2026, 8, 1),
        "GARD-FINANCEMENT : coût au-dessus du plafond":
            lambda p: p["cost"] * p["mission"] / p["agent"] > 48000 * p["mission"],
        "GARD-FINANCEMENT : coût sous le plafond":
            lambda p: p["cost"] * p["mission"] / p["agent"] < 48000 * p["mission"],
    }
    coverage = {}
    for label, predicate in scenarios.items():
        coverage[label] = [p["identifiant"] for p in gard if predicate(p)]
        if not coverage[label]:
            fail("Gard", f"aucun poste pour le cas « {label} »")
    nimes_posts = [p for p in gard if p["epci"] == NIMES_METROPOLE]
    coverage["GARD-COMITE : Nîmes Métropole, 2 postes ou plus"] = [p["identifiant"] for p in nimes_posts]
    if len(nimes_posts) < 2:
        fail("Gard", "Nîmes Métropole doit avoir au moins 2 postes (GARD-COMITE)")
    for label, mission in (("TARN-05ETP : 0,4 ETP", Decimal("0.4")),
                           ("TARN-05ETP : 0,5 ETP pile", half)):
        coverage[label] = [p["identifiant"] for p in tarn if p["mission"] == mission]
        if not coverage[label]:
            fail("Tarn", f"aucun poste pour le cas « {label} »")

    # ---- rapport ----
    names = {"30": "Gard", "16": "Charente", "81": "Tarn", "03": "Allier"}
    for departement, name in names.items():
        items = by_caf[departement]
        territories = len({p["epci"] for p in items})
        print(f"{name:9} {len(items):3} postes  {fr(total(items)):>6} ETP de mission"
              f"  {territories} EPCI")
    for label, ids in coverage.items():
        print(f"  {label} : {', '.join(ids[:6])}{' …' if len(ids) > 6 else ''}")
    return report_errors()


def report_errors():
    if errors:
        print(f"\n{len(errors)} erreur(s) :", file=sys.stderr)
        for error in errors:
            print("  " + error, file=sys.stderr)
        return 1
    print("\nOK : portefeuille de démonstration valide.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
