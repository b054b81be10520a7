#pragma once
#include <string>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace maillage::cli {

// Help screens in French: labels, help flag, and every subcommand's help flag.
void use_french_help(CLI::App& app);
// A command-line mistake explained in French, with a pointer to --help.
std::string french_parse_error(const CLI::ParseError& error);

}  // namespace maillage::cli
