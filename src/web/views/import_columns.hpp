#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

namespace maillage::web::views {

// What the import page says of each column of a file: meaning, format, an example value.
struct ColumnHelp {
  std::string name;  // the column's name in the header, as app::post_columns() / ctg_columns()
  std::string meaning;
  std::string format;
  bool required = true;
  std::string example;  // the value of the downloadable template's example line
};

// In the order of app::post_columns() and app::ctg_columns().
const std::vector<ColumnHelp>& post_column_help();
const std::vector<ColumnHelp>& ctg_column_help();
// In the order of app::structure_columns().
const std::vector<ColumnHelp>& structure_column_help();

// The table rows the import page shows for `columns`.
mstch::array column_rows(const std::vector<ColumnHelp>& columns);

// A template file: the header and one example line (territory `territory_code`), UTF-8 with BOM,
// `;` separator, as a French spreadsheet opens it.
std::string template_csv(const std::vector<ColumnHelp>& columns, const std::string& territory_code);

}  // namespace maillage::web::views
