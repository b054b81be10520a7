#include "export/xlsx_package.hpp"

#include <Poco/DOM/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NamedNodeMap.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <iterator>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace maillage::exports::testing {

namespace {

using Poco::XML::AutoPtr;
using Poco::XML::Document;
using Poco::XML::Element;

AutoPtr<Document> parse(const std::string& xml) {
  Poco::XML::DOMParser parser;
  return AutoPtr<Document>(parser.parseString(xml));
}

std::vector<Element*> elements(const Document& document, const std::string& tag) {
  std::vector<Element*> out;
  AutoPtr<Poco::XML::NodeList> nodes = document.getElementsByTagName(tag);
  for (unsigned long i = 0; i < nodes->length(); ++i) {
    out.push_back(static_cast<Element*>(nodes->item(i)));
  }
  return out;
}

std::string child_text(const Element& element, const std::string& tag) {
  const Element* child = element.getChildElement(tag);
  return child == nullptr ? "" : child->innerText();
}

}  // namespace

XlsxPackage::XlsxPackage(const std::string& bytes) {
  std::istringstream in(bytes);
  const Poco::Zip::ZipArchive archive(in);
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    in.clear();
    Poco::Zip::ZipInputStream entry(in, it->second);
    parts_[it->first] = std::string(std::istreambuf_iterator<char>(entry), {});
  }
}

const std::string& XlsxPackage::part(const std::string& name) const {
  const auto found = parts_.find(name);
  if (found == parts_.end()) throw std::runtime_error("no part " + name);
  return found->second;
}

std::map<std::string, XlsxCell> XlsxPackage::cells(const std::string& sheet_part) const {
  std::vector<std::string> strings;
  if (has_part("xl/sharedStrings.xml")) strings = texts("xl/sharedStrings.xml", "si");
  std::map<std::string, XlsxCell> out;
  const auto sheet = parse(part(sheet_part));
  for (const Element* c : elements(*sheet, "c")) {
    XlsxCell cell;
    cell.type = c->getAttribute("t");
    if (const auto s = c->getAttribute("s"); !s.empty()) cell.style = std::stoi(s);
    cell.value = child_text(*c, "v");
    if (cell.type == "s") cell.value = strings.at(std::stoul(cell.value));
    out[c->getAttribute("r")] = cell;
  }
  return out;
}

std::string XlsxPackage::number_format(int style) const {
  const auto styles = parse(part("xl/styles.xml"));
  const Element* cell_xfs = elements(*styles, "cellXfs").at(0);
  AutoPtr<Poco::XML::NodeList> xfs = cell_xfs->getElementsByTagName("xf");
  const auto* xf = static_cast<const Element*>(xfs->item(style));
  const std::string id = xf->getAttribute("numFmtId");
  for (const Element* format : elements(*styles, "numFmt")) {
    if (format->getAttribute("numFmtId") == id) return format->getAttribute("formatCode");
  }
  return id == "0" ? "" : "builtin " + id;
}

bool XlsxPackage::is_bold(int style) const {
  const auto styles = parse(part("xl/styles.xml"));
  AutoPtr<Poco::XML::NodeList> xfs = elements(*styles, "cellXfs").at(0)->getElementsByTagName("xf");
  const auto* xf = static_cast<const Element*>(xfs->item(style));
  const Element* font = elements(*styles, "font").at(std::stoul(xf->getAttribute("fontId")));
  return font->getChildElement("b") != nullptr;
}

std::map<std::string, std::string> XlsxPackage::element(const std::string& part_name,
                                                        const std::string& tag) const {
  const auto document = parse(part(part_name));
  const auto found = elements(*document, tag);
  std::map<std::string, std::string> out;
  if (found.empty()) return out;
  AutoPtr<Poco::XML::NamedNodeMap> attributes = found.front()->attributes();
  for (unsigned long i = 0; i < attributes->length(); ++i) {
    out[attributes->item(i)->nodeName()] = attributes->item(i)->nodeValue();
  }
  return out;
}

std::vector<std::string> XlsxPackage::texts(const std::string& part_name,
                                            const std::string& tag) const {
  const auto document = parse(part(part_name));
  std::vector<std::string> out;
  for (const Element* found : elements(*document, tag)) out.push_back(found->innerText());
  return out;
}

}  // namespace maillage::exports::testing
