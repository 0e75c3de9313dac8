// Zip archive: the zip format as an EPUB uses it (no zip64, no encryption, no comments), written
// entry by entry into memory, and read back from an earlier archive so its entries can be copied
// still compressed.
//
// Written here rather than with libzip: a rebuild after one edit copies about a thousand
// unchanged chapters from the last book, and libzip's per-entry work (sources, layered copies,
// its own in-memory buffer) was 30 of the 43 million instructions on that rebuild's longest path.
// Copying a compressed entry here is one header and one memcpy. zlib still does the deflating,
// and the tests read every archive back with libzip, an independent reader.
#pragma once

#include <cstdint>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace press::epub {

/// One entry of an archive: how it is stored and where its compressed bytes are.
struct ZipEntry {
  uint16_t method = 0;  // 0 stored, 8 deflated
  uint32_t crc = 0;
  uint32_t size = 0;             // uncompressed
  std::string_view compressed;   // the bytes as stored in the archive
};

/// The entries of an archive in memory, by name. Empty when the bytes are not a zip archive this
/// reader understands (the caller then simply compresses everything anew).
class ZipIndex {
 public:
  explicit ZipIndex(std::string_view archive);
  const ZipEntry* find(std::string_view name) const;
  const std::unordered_map<std::string_view, ZipEntry>& entries() const { return entries_; }

 private:
  std::unordered_map<std::string_view, ZipEntry> entries_;
};

/// Builds an archive in memory. Every entry gets the same time (`modified`, as UTC) and the
/// same Unix permissions, so the same entries always give the same bytes.
class ZipWriter {
 public:
  explicit ZipWriter(std::time_t modified);
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  /// Adds `bytes`, deflated at level 6 or stored as they are. False when zlib fails.
  bool add(std::string_view name, std::string_view bytes, bool stored);
  /// Adds an entry as it is stored: one of another archive, still compressed.
  void copy(std::string_view name, const ZipEntry& entry);
  /// Makes room for an archive of about `bytes`, so copying a book's entries moves them once.
  void reserve(size_t bytes);
  /// The whole archive, or nothing when it would need zip64 (over 65,535 entries or 4 GiB).
  std::optional<std::string> finish();

 private:
  uint16_t dos_time_ = 0;
  uint16_t dos_date_ = 0;
  std::string out_;
  std::string directory_;  // the central directory, written after the entries
  size_t count_ = 0;
  bool too_large_ = false;
  struct Deflater;
  std::unique_ptr<Deflater> deflater_;  // made on the first deflated entry, reset between entries
};

}  // namespace press::epub
