// Live reload script: what `press serve` adds to the pages it sends, and only to those.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace press::serve {

/// Where the server answers with the script, and with its event stream.
inline constexpr const char* kLiveReloadScriptPath = "/__press/live-reload.js";
inline constexpr const char* kBuildEventsPath = "/__press/events";

/// The script: it follows the server's build events, reloads the tab when a file it shows
/// changed, swaps a changed stylesheet in place, and shows a build's errors in an accessible
/// overlay until a build succeeds.
std::string_view live_reload_script();

/// `html` with the script's element added before its last `</body>` (or at its end); the
/// element carries the site version the page was read at, so the tab knows what it missed.
std::string with_live_reload(std::string_view html, uint64_t site_version);

}  // namespace press::serve
