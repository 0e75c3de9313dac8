// Zip package: an EPUB's files in one zip archive, byte for byte the same on every run.
#pragma once

#include <ctime>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace press::epub {

struct PackageFile {
  std::string path;   // inside the package, e.g. "EPUB/package.opf"
  std::string bytes;
  bool stored = false;  // stored without compression (the `mimetype` file must be)
  /// Bytes kept elsewhere, used instead of `bytes` when set, so a book's chapters are not
  /// copied to be packed; they must outlive `pack_zip`.
  std::string_view borrowed = {};
  /// The content hash of the bytes when the caller knows it already (else it is worked out).
  std::string key = {};
  /// No bytes given: the entry is the earlier package's entry with the same `key`.
  bool in_earlier_only = false;
  std::string_view content() const { return borrowed.data() ? borrowed : std::string_view(bytes); }
};

/// An earlier package made by `pack_zip`, the content key of each of its entries, and the key
/// of each entry's bytes as that package stored them (`stored_keys_of`). An entry is copied
/// from it only when both still match: a package changed on disk since (cut short, an entry
/// replaced or altered) is never trusted, and what does not match is compressed anew.
struct EarlierPackage {
  std::string path;
  using EntryKeys = std::unordered_map<std::string_view, std::string_view>;  // entry path → key of its bytes
  const EntryKeys* entry_keys = nullptr;   // not owned
  const EntryKeys* stored_keys = nullptr;  // not owned; none: nothing is copied
};

/// The key of each entry's bytes as `archive` stores them (compressed), by entry path.
std::map<std::string, std::string> stored_keys_of(std::string_view archive);

/// Packs `files` in the given order, every entry dated `modified`, so the same input and the
/// same time give identical bytes. An entry whose bytes have the same key as in `earlier`
/// is copied from it still compressed, not deflated again; the file is the same either way. An
/// entry `in_earlier_only` that `earlier` does not hold under its key is an error.
/// `entry_keys` gets every entry's key, for the next build. Nothing (with `error`) on failure.
std::optional<std::string> pack_zip(const std::vector<PackageFile>& files, std::time_t modified, std::string& error,
                                    const EarlierPackage* earlier = nullptr,
                                    std::map<std::string, std::string>* entry_keys = nullptr);

}  // namespace press::epub
