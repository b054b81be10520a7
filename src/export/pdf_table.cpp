// Tables and key-figure tiles of the PDF renderer, and typed export tables turned into PDF
// tables.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "export/pdf_layout.hpp"

namespace maillage::exports {

namespace pdf {

namespace {

constexpr double kPadX = 4.0;
constexpr double kPadY = 3.0;
constexpr const char* kCell = "DejaVu Sans,sans-serif 8";

struct Row {
  std::vector<Layout> cells;
  double height = 0;
};

Row measure_row(Flow& flow, const PdfTable& table, const std::vector<double>& widths,
                const std::vector<std::string>& cells, const char* font) {
  Row row;
  for (std::size_t column = 0; column < table.columns.size(); ++column) {
    const std::string& text = column < cells.size() ? cells[column] : std::string();
    const auto align =
        table.columns[column].align == PdfAlign::kRight ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    row.cells.push_back(flow.plain(text, font, widths[column] - 2 * kPadX, align));
    row.height = std::max(row.height, Flow::height_of(row.cells.back()));
  }
  row.height += 2 * kPadY;
  return row;
}

// Records a row at the cursor: its background (if any), its cells, a hairline under it.
void place_row(Flow& flow, const Row& row, const std::vector<double>& widths,
               std::optional<Rgb> background, Rgb text_colour) {
  const double y = flow.y();
  const double height = row.height;
  flow.add([y, height, background](cairo_t* cr) {
    if (background) {
      set_colour(cr, *background);
      cairo_rectangle(cr, kMarginX, y, kContentWidth, height);
      cairo_fill(cr);
    }
    set_colour(cr, kRule);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, kMarginX, y + height);
    cairo_line_to(cr, kMarginX + kContentWidth, y + height);
    cairo_stroke(cr);
  });
  double x = kMarginX;
  for (std::size_t column = 0; column < row.cells.size(); ++column) {
    flow.draw_text(row.cells[column], x + kPadX, y + kPadY, text_colour);
    x += widths[column];
  }
  flow.advance(height);
}

}  // namespace

void lay_out(const PdfKeyFigures& figures, Flow& flow) {
  constexpr std::size_t kPerRow = 3;
  constexpr double kGap = 8.0;
  constexpr double kPad = 8.0;
  const double tile_width = (kContentWidth - (kPerRow - 1) * kGap) / kPerRow;
  const Rgb background = tint(flow.document().primary, 900);
  for (std::size_t first = 0; first < figures.figures.size(); first += kPerRow) {
    const std::size_t last = std::min(first + kPerRow, figures.figures.size());
    std::vector<std::pair<Layout, Layout>> tiles;
    double height = 0;
    for (std::size_t i = first; i < last; ++i) {
      auto value = flow.plain(figures.figures[i].value, "DejaVu Sans,sans-serif Bold 14",
                              tile_width - 2 * kPad);
      auto label = flow.plain(figures.figures[i].label, kSmall, tile_width - 2 * kPad);
      height = std::max(height, Flow::height_of(value) + 2 + Flow::height_of(label));
      tiles.emplace_back(std::move(value), std::move(label));
    }
    height += 2 * kPad;
    flow.ensure(height);
    const double y = flow.y();
    double x = kMarginX;
    for (const auto& [value, label] : tiles) {
      flow.add([x, y, tile_width, height, background](cairo_t* cr) {
        set_colour(cr, background);
        cairo_rectangle(cr, x, y, tile_width, height);
        cairo_fill(cr);
      });
      flow.draw_text(value, x + kPad, y + kPad, flow.document().primary);
      flow.draw_text(label, x + kPad, y + kPad + Flow::height_of(value) + 2, kText);
      x += tile_width + kGap;
    }
    flow.advance(height + kGap);
  }
  flow.advance(4);
}

void lay_out(const PdfTable& table, Flow& flow) {
  if (table.columns.empty()) return;
  int total_weight = 0;
  for (const auto& column : table.columns) total_weight += std::max(1, column.weight);
  std::vector<double> widths;
  for (const auto& column : table.columns) {
    widths.push_back(kContentWidth * std::max(1, column.weight) / total_weight);
  }
  std::vector<std::string> titles;
  for (const auto& column : table.columns) titles.push_back(column.title);
  const Row header = measure_row(flow, table, widths, titles, "DejaVu Sans,sans-serif Bold 8");
  const auto caption = flow.plain(table.caption, kBold, kContentWidth);
  const auto continued =
      flow.plain(table.caption + " " + flow.document().continued, kBold, kContentWidth);

  const auto place_head = [&](bool again) {
    const auto& layout = again ? continued : caption;
    if (!table.caption.empty()) {
      flow.draw_text(layout, kMarginX, flow.y(), kText);
      flow.advance(Flow::height_of(layout) + 3);
    }
    place_row(flow, header, widths, flow.document().primary, kWhite);
  };
  const double head_height =
      (table.caption.empty() ? 0 : Flow::height_of(caption) + 3) + header.height;

  std::vector<Row> rows;
  for (const auto& cells : table.rows) {
    rows.push_back(measure_row(flow, table, widths, cells, kCell));
  }
  std::optional<Row> totals;
  if (!table.totals.empty()) {
    totals = measure_row(flow, table, widths, table.totals, "DejaVu Sans,sans-serif Bold 8");
  }
  flow.ensure(head_height + (rows.empty() ? 0 : rows.front().height));
  place_head(false);
  for (std::size_t index = 0; index < rows.size(); ++index) {
    // The totals row never stands alone at the top of a page: the last row goes with it.
    const bool last = index + 1 == rows.size();
    if (rows[index].height + (last && totals ? totals->height : 0) > flow.remaining()) {
      flow.new_page();
      place_head(true);
    }
    place_row(flow, rows[index], widths, index % 2 == 1 ? std::optional<Rgb>(kZebra) : std::nullopt,
              kText);
  }
  if (totals) {
    if (totals->height > flow.remaining()) {
      flow.new_page();
      place_head(true);
    }
    const double y = flow.y();
    flow.add([y](cairo_t* cr) {
      set_colour(cr, kText);
      cairo_set_line_width(cr, 1.0);
      cairo_move_to(cr, kMarginX, y);
      cairo_line_to(cr, kMarginX + kContentWidth, y);
      cairo_stroke(cr);
    });
    place_row(flow, *totals, widths, std::nullopt, kText);
  }
  flow.advance(10);
}

}  // namespace pdf

namespace {

std::string signed_grouped(std::int64_t value) {
  const std::string digits = std::to_string(value < 0 ? -value : value);
  return (value < 0 ? "-" : "") + core::group_thousands(digits);
}

struct DisplayText {
  std::string operator()(std::monostate) const { return {}; }
  std::string operator()(const std::string& text) const { return text; }
  std::string operator()(std::int64_t number) const { return signed_grouped(number); }
  std::string operator()(core::Money money) const { return core::format_money(money); }
  std::string operator()(core::Fte fte) const { return core::format_fte(fte); }
  std::string operator()(core::Percent share) const { return core::format_percent(share); }
  std::string operator()(core::Date date) const { return core::format_date(date); }
  std::string operator()(bool flag) const { return flag ? "oui" : "non"; }
};

}  // namespace

PdfTable to_pdf_table(const Table& table) {
  check_table(table);
  PdfTable out;
  out.caption = table.title;
  for (const auto& column : table.columns) {
    const bool number = column.type != ColumnType::kText && column.type != ColumnType::kBoolean &&
                        column.type != ColumnType::kDate;
    out.columns.push_back({column.title, number ? PdfAlign::kRight : PdfAlign::kLeft,
                           column.type == ColumnType::kText ? 3 : 2});
  }
  const auto texts = [](const std::vector<Cell>& cells) {
    std::vector<std::string> row;
    for (const auto& cell : cells) row.push_back(std::visit(DisplayText{}, cell));
    return row;
  };
  for (const auto& row : table.rows) out.rows.push_back(texts(row));
  if (!table.totals.empty()) out.totals = texts(table.totals);
  return out;
}

}  // namespace maillage::exports
