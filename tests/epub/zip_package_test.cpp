// Zip packages: the same files give the same bytes, and a rebuilt package takes unchanged
// entries from the earlier one without compressing them again.
#include "epub/zip_archive.h"
#include "epub/zip_package.h"

#include <catch2/catch.hpp>

#include <zip.h>

#include "core/content_hash.h"
#include "core/file_system.h"
#include "temp_dir.h"

using namespace press;

namespace {

std::vector<epub::PackageFile> package(const std::string& chapter_two) {
  return {{"mimetype", "application/epub+zip", true},
          {"EPUB/one.xhtml", std::string(4000, 'a') + "<p>One</p>", false},
          {"EPUB/two.xhtml", chapter_two, false}};
}

// A package packed and written to `path`, as the site writer would put it in the site.
bool write_zip(const std::vector<epub::PackageFile>& files, const std::string& path, std::time_t modified,
               std::string& error, const epub::EarlierPackage* earlier = nullptr,
               std::map<std::string, std::string>* entry_keys = nullptr) {
  const auto bytes = epub::pack_zip(files, modified, error, earlier, entry_keys);
  return bytes && core::DiskFileSystem().write_file(path, *bytes);
}

// An entry's bytes as a reader gets them.
std::string entry(const std::string& path, const std::string& name) {
  int status = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &status);
  REQUIRE(archive);
  zip_stat_t stat;
  REQUIRE(zip_stat(archive, name.c_str(), 0, &stat) == 0);
  std::string bytes(stat.size, '\0');
  zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
  REQUIRE(file);
  // libzip checks the CRC as it reads to the end: a wrong one fails the read.
  CHECK(zip_fread(file, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
  CHECK(zip_fclose(file) == 0);
  zip_close(archive);
  return bytes;
}

// The earlier package's entries' stored-bytes keys, as a build saves them with the package.
struct StoredKeys {
  std::map<std::string, std::string> keys;
  epub::EarlierPackage::EntryKeys views;
  explicit StoredKeys(const std::string& path) : keys(epub::stored_keys_of(TempDir::read(path))) {
    views = epub::EarlierPackage::EntryKeys(keys.begin(), keys.end());
  }
};

}  // namespace

TEST_CASE("a package rebuilt from an earlier one is byte for byte a fresh one", "[epub][zip]") {
  TempDir dir("zip-package");
  std::string error;
  std::map<std::string, std::string> keys;
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("earlier.epub"), 86400, error, nullptr, &keys));
  CHECK(keys.at("EPUB/one.xhtml") == core::ContentHash::of(package("").at(1).bytes));

  const epub::EarlierPackage::EntryKeys known(keys.begin(), keys.end());
  const StoredKeys stored(dir.file("earlier.epub"));
  const epub::EarlierPackage earlier{dir.file("earlier.epub"), &known, &stored.views};
  REQUIRE(write_zip(package("<p>Two, edited</p>"), dir.file("rebuilt.epub"), 86400, error, &earlier));
  REQUIRE(write_zip(package("<p>Two, edited</p>"), dir.file("fresh.epub"), 86400, error));
  CHECK(TempDir::read(dir.file("rebuilt.epub")) == TempDir::read(dir.file("fresh.epub")));
  CHECK(entry(dir.file("rebuilt.epub"), "EPUB/two.xhtml") == "<p>Two, edited</p>");
}

TEST_CASE("an entry whose key is unchanged is copied from the earlier package", "[epub][zip]") {
  TempDir dir("zip-reuse");
  std::string error;
  std::map<std::string, std::string> keys;
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("earlier.epub"), 86400, error, nullptr, &keys));
  // Keys that claim the new chapter two is the old one: the copy shows it was not compressed anew.
  keys["EPUB/two.xhtml"] = core::ContentHash::of("<p>Not the same</p>");
  const epub::EarlierPackage::EntryKeys known(keys.begin(), keys.end());
  const StoredKeys stored(dir.file("earlier.epub"));
  const epub::EarlierPackage earlier{dir.file("earlier.epub"), &known, &stored.views};
  REQUIRE(write_zip(package("<p>Not the same</p>"), dir.file("rebuilt.epub"), 86400, error, &earlier));
  CHECK(entry(dir.file("rebuilt.epub"), "EPUB/two.xhtml") == "<p>Two</p>");
  CHECK(entry(dir.file("rebuilt.epub"), "mimetype") == "application/epub+zip");
  // Without the stored-bytes keys nothing is trusted: every entry is compressed anew.
  const epub::EarlierPackage unverified{dir.file("earlier.epub"), &known};
  REQUIRE(write_zip(package("<p>Not the same</p>"), dir.file("anew.epub"), 86400, error, &unverified));
  CHECK(entry(dir.file("anew.epub"), "EPUB/two.xhtml") == "<p>Not the same</p>");
}

TEST_CASE("an entry altered in the earlier package on disk is compressed anew, not copied", "[epub][zip][safety]") {
  TempDir dir("zip-altered");
  std::string error;
  std::map<std::string, std::string> keys;
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("earlier.epub"), 86400, error, nullptr, &keys));
  const StoredKeys stored(dir.file("earlier.epub"));
  // The compressed bytes of chapter two changed in place (the zip's CRC left as it was).
  std::string bytes = TempDir::read(dir.file("earlier.epub"));
  const std::string_view compressed = epub::ZipIndex(bytes).find("EPUB/two.xhtml")->compressed;
  bytes[static_cast<size_t>(compressed.data() - bytes.data())] ^= 0x55;
  std::ofstream(dir.file("earlier.epub"), std::ios::binary) << bytes;
  const epub::EarlierPackage::EntryKeys known(keys.begin(), keys.end());
  const epub::EarlierPackage earlier{dir.file("earlier.epub"), &known, &stored.views};
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("rebuilt.epub"), 86400, error, &earlier));
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("fresh.epub"), 86400, error));
  CHECK(TempDir::read(dir.file("rebuilt.epub")) == TempDir::read(dir.file("fresh.epub")));
}

TEST_CASE("a missing earlier package means every entry is compressed anew", "[epub][zip]") {
  TempDir dir("zip-no-earlier");
  std::string error;
  const std::string key = core::ContentHash::of("<p>Two</p>");  // the package holds views of keys
  const epub::EarlierPackage::EntryKeys known{{"EPUB/two.xhtml", key}};
  const epub::EarlierPackage earlier{dir.file("gone.epub"), &known};
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("book.epub"), 86400, error, &earlier));
  CHECK(entry(dir.file("book.epub"), "EPUB/two.xhtml") == "<p>Two</p>");
}

TEST_CASE("an entry given only by its key is copied from the earlier package, or is an error", "[epub][zip]") {
  TempDir dir("zip-key-only");
  std::string error;
  std::map<std::string, std::string> keys;
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("earlier.epub"), 86400, error, nullptr, &keys));
  // Chapter one unchanged and not read again: only its key is known.
  auto files = package("<p>Two, edited</p>");
  files[1].bytes.clear();
  files[1].key = keys.at("EPUB/one.xhtml");
  files[1].in_earlier_only = true;
  const epub::EarlierPackage::EntryKeys known(keys.begin(), keys.end());
  const StoredKeys stored(dir.file("earlier.epub"));
  const epub::EarlierPackage earlier{dir.file("earlier.epub"), &known, &stored.views};
  REQUIRE(write_zip(files, dir.file("rebuilt.epub"), 86400, error, &earlier));
  REQUIRE(write_zip(package("<p>Two, edited</p>"), dir.file("fresh.epub"), 86400, error));
  CHECK(TempDir::read(dir.file("rebuilt.epub")) == TempDir::read(dir.file("fresh.epub")));

  const epub::EarlierPackage gone{dir.file("gone.epub"), &known, &stored.views};
  CHECK_FALSE(write_zip(files, dir.file("broken.epub"), 86400, error, &gone));
  CHECK(error.find("EPUB/one.xhtml") != std::string::npos);
}

TEST_CASE("a package is a zip archive as EPUB readers expect it", "[epub][zip]") {
  TempDir dir("zip-format");
  std::string error;
  // 2021-03-04 05:06:08 UTC
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("book.epub"), 1614834368, error));
  const std::string bytes = TempDir::read(dir.file("book.epub"));
  // OCF: `mimetype` first, stored, without an extra field, so its text is at byte 38.
  REQUIRE(bytes.size() > 58);
  CHECK(bytes.compare(0, 4, "PK\x03\x04") == 0);
  CHECK(bytes[8] == 0);   // stored
  CHECK(bytes[28] == 0);  // extra field length
  CHECK(bytes.compare(30, 28, "mimetypeapplication/epub+zip") == 0);
  // The time in UTC, in DOS form (read as the bytes, since readers convert it to local time):
  // (5 << 11 | 6 << 5 | 8 / 2) and ((2021 - 1980) << 9 | 3 << 5 | 4), little-endian.
  CHECK(bytes.compare(10, 4, "\xc4\x28\x64\x52") == 0);

  int status = 0;
  zip_t* archive = zip_open(dir.file("book.epub").c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &status);
  REQUIRE(archive);
  REQUIRE(zip_get_num_entries(archive, 0) == 3);
  CHECK(std::string(zip_get_name(archive, 0, 0)) == "mimetype");
  zip_stat_t stat;
  REQUIRE(zip_stat_index(archive, 1, 0, &stat) == 0);
  CHECK(std::string(stat.name) == "EPUB/one.xhtml");
  CHECK(stat.comp_method == ZIP_CM_DEFLATE);
  CHECK(stat.comp_size < stat.size);  // 4,000 repeated letters compress
  zip_uint8_t system = 0;
  zip_uint32_t attributes = 0;
  REQUIRE(zip_file_get_external_attributes(archive, 1, 0, &system, &attributes) == 0);
  CHECK(system == ZIP_OPSYS_UNIX);
  CHECK((attributes >> 16) == 0100644u);
  zip_close(archive);
  CHECK(entry(dir.file("book.epub"), "EPUB/one.xhtml") == std::string(4000, 'a') + "<p>One</p>");
  CHECK(entry(dir.file("book.epub"), "mimetype") == "application/epub+zip");
}

TEST_CASE("an earlier package that is not a whole zip archive is not copied from", "[epub][zip]") {
  TempDir dir("zip-damaged");
  std::string error;
  std::map<std::string, std::string> keys;
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("earlier.epub"), 86400, error, nullptr, &keys));
  const std::string whole = TempDir::read(dir.file("earlier.epub"));
  REQUIRE(write_zip(package("<p>Two</p>"), dir.file("fresh.epub"), 86400, error));
  const epub::EarlierPackage::EntryKeys known(keys.begin(), keys.end());
  const epub::EarlierPackage earlier{dir.file("earlier.epub"), &known};
  // Cut short, or with its directory pointing past the end: everything is compressed anew.
  const std::string cut_short = whole.substr(0, whole.size() / 2);
  const std::string pointing_past = whole.substr(0, whole.size() - 6) + "\xff\xff\xff\x7f" + whole.substr(whole.size() - 2);
  for (const std::string& damaged : {cut_short, pointing_past}) {
    dir.write("earlier.epub", damaged);
    REQUIRE(write_zip(package("<p>Two</p>"), dir.file("rebuilt.epub"), 86400, error, &earlier));
    CHECK(TempDir::read(dir.file("rebuilt.epub")) == TempDir::read(dir.file("fresh.epub")));
  }
}
