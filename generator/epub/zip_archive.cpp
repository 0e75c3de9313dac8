#include "epub/zip_archive.h"

#include <zlib.h>

#include <limits>
#include <memory>

namespace press::epub {

namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndOfDirectory = 0x06054b50;
constexpr size_t kLocalHeaderSize = 30;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kEndOfDirectorySize = 22;
constexpr uint16_t kUtf8Names = 0x0800;  // general purpose flag bit 11
constexpr uint16_t kMadeOnUnix = 3 << 8;
constexpr uint32_t kRegularFile644 = 0100644u << 16;

// A header is made in a small buffer and appended whole: a book has a thousand entries.
class Header {
 public:
  Header& put16(uint16_t value) {
    bytes_[size_++] = static_cast<char>(value & 0xff);
    bytes_[size_++] = static_cast<char>(value >> 8);
    return *this;
  }
  Header& put32(uint32_t value) {
    return put16(static_cast<uint16_t>(value & 0xffff)).put16(static_cast<uint16_t>(value >> 16));
  }
  void append_to(std::string& out) const { out.append(bytes_, size_); }

 private:
  char bytes_[64];
  size_t size_ = 0;
};

uint16_t get16(std::string_view bytes, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) |
                               static_cast<unsigned char>(bytes[at + 1]) << 8);
}

uint32_t get32(std::string_view bytes, size_t at) {
  return get16(bytes, at) | static_cast<uint32_t>(get16(bytes, at + 2)) << 16;
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

uint16_t version_needed(uint16_t method) { return method == 8 ? 20 : 10; }

}  // namespace

ZipIndex::ZipIndex(std::string_view archive) {
  if (archive.size() < kEndOfDirectorySize) return;
  // The end record is last, unless a comment follows it (never in our archives, but allowed).
  size_t end = archive.size() - kEndOfDirectorySize;
  const size_t lowest = end > 0xffff ? end - 0xffff : 0;
  while (get32(archive, end) != kEndOfDirectory) {
    if (end == lowest) return;
    --end;
  }
  const size_t count = get16(archive, end + 10);
  const size_t directory_size = get32(archive, end + 12);
  size_t at = get32(archive, end + 16);
  if (at > end || directory_size > end - at) return;
  std::unordered_map<std::string_view, ZipEntry> entries;
  entries.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    if (end - at < kCentralHeaderSize || get32(archive, at) != kCentralHeader) return;
    const uint16_t flags = get16(archive, at + 8);
    ZipEntry entry;
    entry.method = get16(archive, at + 10);
    entry.crc = get32(archive, at + 16);
    const uint32_t compressed_size = get32(archive, at + 20);
    entry.size = get32(archive, at + 24);
    const size_t name_length = get16(archive, at + 28);
    const size_t skipped = static_cast<size_t>(get16(archive, at + 30)) + get16(archive, at + 32);
    const size_t local = get32(archive, at + 42);
    at += kCentralHeaderSize;
    if (end - at < name_length + skipped) return;
    const std::string_view name = archive.substr(at, name_length);
    at += name_length + skipped;
    // Encrypted entries, and methods other than stored and deflated, are never copied.
    if ((flags & 1) != 0 || (entry.method != 0 && entry.method != 8)) return;
    if (local > archive.size() || archive.size() - local < kLocalHeaderSize ||
        get32(archive, local) != kLocalHeader) {
      return;
    }
    const size_t data = local + kLocalHeaderSize + get16(archive, local + 26) + get16(archive, local + 28);
    if (data > archive.size() || archive.size() - data < compressed_size) return;
    entry.compressed = archive.substr(data, compressed_size);
    entries.emplace(name, entry);
  }
  entries_ = std::move(entries);
}

const ZipEntry* ZipIndex::find(std::string_view name) const {
  auto it = entries_.find(name);
  return it == entries_.end() ? nullptr : &it->second;
}

// zlib's raw deflate stream, as zip stores it: level 6, zlib's default window and memory. Made
// once per archive and reset between entries.
struct ZipWriter::Deflater {
  z_stream stream{};
  Deflater() = default;
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;
  ~Deflater() { deflateEnd(&stream); }
  static std::unique_ptr<Deflater> make() {
    auto deflater = std::make_unique<Deflater>();
    if (deflateInit2(&deflater->stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return nullptr;
    return deflater;
  }
};

ZipWriter::ZipWriter(std::time_t modified) {
  std::tm time{};
  gmtime_r(&modified, &time);
  if (time.tm_year < 80) {  // zip times start in 1980
    time = std::tm{};
    time.tm_mday = 1;
    time.tm_year = 80;
  }
  dos_time_ = static_cast<uint16_t>(time.tm_hour << 11 | time.tm_min << 5 | time.tm_sec / 2);
  dos_date_ = static_cast<uint16_t>((time.tm_year - 80) << 9 | (time.tm_mon + 1) << 5 | time.tm_mday);
}

ZipWriter::~ZipWriter() = default;

bool ZipWriter::add(std::string_view name, std::string_view bytes, bool stored) {
  ZipEntry entry;
  entry.size = static_cast<uint32_t>(bytes.size());
  entry.crc = static_cast<uint32_t>(crc32_z(0, reinterpret_cast<const Bytef*>(bytes.data()), bytes.size()));
  if (bytes.size() > std::numeric_limits<uint32_t>::max()) too_large_ = true;
  if (stored) {
    entry.compressed = bytes;
    copy(name, entry);
    return true;
  }
  if (!deflater_) {
    deflater_ = Deflater::make();
    if (!deflater_) return false;
  } else if (deflateReset(&deflater_->stream) != Z_OK) {
    return false;
  }
  z_stream& stream = deflater_->stream;
  std::string compressed(deflateBound(&stream, bytes.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
  stream.avail_out = static_cast<uInt>(compressed.size());
  if (deflate(&stream, Z_FINISH) != Z_STREAM_END) return false;
  compressed.resize(stream.total_out);
  entry.method = 8;
  entry.compressed = compressed;
  copy(name, entry);
  return true;
}

void ZipWriter::reserve(size_t bytes) { out_.reserve(bytes); }

void ZipWriter::copy(std::string_view name, const ZipEntry& entry) {
  const size_t offset = out_.size();
  if (offset > std::numeric_limits<uint32_t>::max() || name.size() > 0xffff) too_large_ = true;
  const uint16_t flags = is_ascii(name) ? 0 : kUtf8Names;
  const auto compressed_size = static_cast<uint32_t>(entry.compressed.size());
  // The local header: no extra field, so an EPUB's `mimetype` text starts at byte 38.
  Header local;
  local.put32(kLocalHeader).put16(version_needed(entry.method)).put16(flags).put16(entry.method);
  local.put16(dos_time_).put16(dos_date_).put32(entry.crc).put32(compressed_size).put32(entry.size);
  local.put16(static_cast<uint16_t>(name.size())).put16(0);
  local.append_to(out_);
  out_ += name;
  out_ += entry.compressed;

  Header central;
  central.put32(kCentralHeader).put16(kMadeOnUnix | 20).put16(version_needed(entry.method)).put16(flags);
  central.put16(entry.method).put16(dos_time_).put16(dos_date_).put32(entry.crc).put32(compressed_size);
  central.put32(entry.size).put16(static_cast<uint16_t>(name.size()));
  central.put16(0).put16(0).put16(0).put16(0);  // extra field, comment, disk, internal attributes
  central.put32(kRegularFile644).put32(static_cast<uint32_t>(offset));
  central.append_to(directory_);
  directory_ += name;
  ++count_;
}

std::optional<std::string> ZipWriter::finish() {
  const size_t directory_offset = out_.size();
  if (too_large_ || count_ > 0xffff || directory_offset + directory_.size() > std::numeric_limits<uint32_t>::max()) {
    return std::nullopt;
  }
  out_ += directory_;
  Header end;
  end.put32(kEndOfDirectory).put16(0).put16(0);  // this disk, the directory's disk
  end.put16(static_cast<uint16_t>(count_)).put16(static_cast<uint16_t>(count_));
  end.put32(static_cast<uint32_t>(directory_.size())).put32(static_cast<uint32_t>(directory_offset));
  end.put16(0);  // comment
  end.append_to(out_);
  return std::move(out_);
}

}  // namespace press::epub
