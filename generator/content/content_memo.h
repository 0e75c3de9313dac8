// ContentMemo: what loading each content file gave last time, so unchanged files are not read.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "config/site_config.h"
#include "content/front_matter.h"
#include "core/file_system.h"

namespace press::core {
class MappedFile;
}

namespace press::content {

/// One content file as the last load found it.
struct KnownFile {
  core::FileStamp stamp;
  std::string key;  // file_key_of its kind and NFC text
  FrontMatter front;
};

/// The key, front matter and stamp of every content file, kept beside the build cache. A file
/// whose stamp is unchanged is not read at all: its text is read only if a page made from it
/// must be rendered again. A file whose text is unchanged (touched, copied back) is not given
/// to the YAML parser again. Only files that loaded without a problem are kept, so every error
/// is still reported, and what was kept is used only while press.yaml allows the same report
/// and theme ids, the one thing outside a file that its checks read.
class ContentMemo {
 public:
  /// Remembers nothing and saves nothing.
  ContentMemo();
  ~ContentMemo();
  /// Reads the memo at `path` on a thread of its own, while the caller lists the content
  /// folders; the first use waits for it. A missing, stale or damaged memo is simply empty.
  ContentMemo(std::string path, const config::SiteConfig& config);
  ContentMemo(const ContentMemo&) = delete;
  ContentMemo& operator=(const ContentMemo&) = delete;

  /// The file at `path`, when its stamp is the one recorded. Safe from several threads.
  std::optional<KnownFile> find_unchanged(const std::string& path, const core::FileStamp& stamp) const;
  /// Front matter parsed from a file with this key, wherever it was.
  std::optional<FrontMatter> find(const std::string& file_key) const;

  struct Entry {
    const std::string* path;
    core::FileStamp stamp;
    const std::string* key;
    const FrontMatter* front;
    bool as_remembered = false;  // `find_unchanged` found it: the memo's record stands
  };
  /// Makes the memo hold `entries`: files new or changed since it was read are appended, and
  /// later records win when it is read again. The whole memo is written again only when a file
  /// is gone or superseded records would outnumber the live ones. False when it cannot be
  /// written; the next load then reads and parses everything again.
  bool save(const std::vector<Entry>& entries) const;

 private:
  // Records are indexed when the memo is read and parsed only when asked for: most of a large
  // site is looked up once, by the thread loading that file.
  struct Record {
    core::FileStamp stamp;
    std::string_view key;
    std::string_view front;  // the front matter's fields
  };
  void read();
  // Joins the reading thread once, whichever thread uses the memo first.
  void wait_until_read() const;

  std::string path_;
  std::string config_key_;
  mutable std::once_flag read_;
  std::shared_ptr<const core::MappedFile> file_;  // the records point into it
  size_t records_read_ = 0;                         // superseded ones included
  std::unordered_map<std::string_view, Record> by_path_;
  // Made on the first look-up by key: only files whose stamp changed need it.
  mutable std::once_flag by_key_made_;
  mutable std::unordered_map<std::string_view, const Record*> by_key_;
  // Last, so that everything `read` fills is made before the thread starts.
  mutable std::thread reader_;
};

/// A content file's key (`Page::file_key`): a content hash of its kind and NFC text. Page keys
/// use it in place of the text, and `ContentMemo` files front matter under it.
std::string file_key_of(PageKind kind, std::string_view text);

}  // namespace press::content
