#pragma once
#include <string>
#include <string_view>

#include "core/indicators.hpp"

// Every French word the regulation indicators show: labels and the sentence explaining each
// value with its figures (written when shown, never stored).
namespace maillage::core::messages {

// Column header: "Part des ETP financés".
std::string_view indicator_label(Indicator indicator);
// What the indicator measures, in one sentence (for captions and the method).
std::string_view indicator_definition(Indicator indicator);
// The value as shown: "16,95 %", "24 000 €", "non défini" when there is none.
std::string indicator_value(const TerritoryIndicators& row, Indicator indicator);
std::string indicator_total(const IndicatorTotals& totals, Indicator indicator);

// "2,5 ETP sur 14,75 ETP financés dans le département = 16,95 %".
std::string explain(const TerritoryIndicators& row, const IndicatorTotals& totals,
                    Indicator indicator);
// The same for the département's line.
std::string explain_total(const IndicatorTotals& totals, Indicator indicator);

// "EAJE", "RPE", "centre social"…
std::string_view short_label(StructureKind kind);
// "3 postes sur 20 (15 %) et 2,5 ETP sur 14,75 ETP (16,95 %)".
std::string explain_typology(const TypologyShare& share, const IndicatorTotals& totals);
std::string_view typology_label_management();      // "Chefs de service ou DGS"
std::string_view typology_label_administrative();  // "Agents administratifs"
std::string_view typology_label_low_time();        // "Moins de 25 % du temps sur la mission"

// "Oui, jusqu'au 31/12/2027" / "Non".
std::string ctg_status(const TerritoryIndicators& row);
// "calculée à partir des limites administratives", "saisie par la Caf", "inconnue".
std::string_view area_source_label(AreaSource source);

}  // namespace maillage::core::messages
