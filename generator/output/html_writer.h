// HTML writer: a document tree serialized as HTML5 text.
#pragma once

#include <pugixml.hpp>

#include <string>

namespace press::output {

/// Writes `<!DOCTYPE html>` and the tree under `root` as HTML5: void elements without end
/// tags, text and attributes escaped, nothing else changed, so the bytes depend only on the tree.
void write_html(pugi::xml_node root, std::string& out);

}  // namespace press::output
