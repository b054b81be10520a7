#pragma once
#include <string>

namespace maillage::exports::testing {

// The text of a PDF as poppler's pdftotext reads it (`-layout` keeps the columns of a table on
// one line), of every page or of pages first..last. Empty when pdftotext cannot read the bytes.
std::string pdf_text(const std::string& pdf, int first_page = 0, int last_page = 0);

// The text in drawing order (`-raw`), every run of white space (no-break spaces included) made
// one space: a table cell or label wrapped on two lines reads as one phrase.
std::string pdf_flat_text(const std::string& pdf);

// The number of pages, from pdfinfo; 0 when the bytes are not a readable PDF.
int pdf_pages(const std::string& pdf);

// pdfinfo's "Key: value" line for `key` (Title, Author, Producer…), value only.
std::string pdf_info(const std::string& pdf, const std::string& key);

// No-break spaces (U+00A0, U+202F) as ordinary spaces, so that expectations can be typed.
std::string plain_spaces(const std::string& text);

}  // namespace maillage::exports::testing
