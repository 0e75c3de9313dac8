// Build keys: fingerprints of the inputs of each output file, so a rebuild redoes only pages
// whose inputs changed and leaves the rest as the last build wrote them.
#pragma once

#include <string>
#include <vector>

#include "core/content_hash.h"
#include "localize/locale_catalogs.h"
#include "pipeline/page_renderer.h"
#include "pipeline/source_site.h"

namespace press::pipeline {

/// press itself (the executable's size and time): a new press redoes everything.
std::string executable_key();

/// Adds a page's published translations in one locale to `hash`, in a fixed order.
void add_translations(core::ContentHash& hash, const localize::Translations* translations);

/// What every file depends on: press itself, press.yaml, the theme, each locale's interface
/// and infographic catalogs, the infographics, SOURCE_DATE_EPOCH and whether drafts are built.
/// When it changes, every page is rebuilt.
std::string site_inputs_key(const std::string& root, const SourceSite& site);

/// What one locale's lists show of each section's documents (title, summary, date, order),
/// a key per section: the section's page and the home page both list them.
std::vector<std::string> section_listing_keys(const SiteContext& site, const LocaleData& locale);

/// The input key of each of `jobs` in one locale (same order), given that locale's
/// `section_listing_keys`. The home page's depends on the e-book and is made by HomePageKey:
/// its key here is empty.
std::vector<std::string> page_keys(const std::vector<PageJob>& jobs, const SiteContext& site,
                                   const LocaleData& locale, const std::string& site_key,
                                   const std::vector<std::string>& listings);

/// The home page's key: everything it lists, and the e-book it links with its size as shown.
class HomePageKey {
 public:
  HomePageKey() = default;
  /// Everything but the e-book; `earlier_book_bytes`, the size of the last build's book.
  HomePageKey(const SiteContext& site, const LocaleData& locale, const std::string& site_key,
              const std::vector<std::string>& listings, size_t earlier_book_bytes);
  /// The key, once `locale` has its book.
  std::string with_book(const LocaleData& locale) const;

 private:
  std::string lists_;
  size_t earlier_book_bytes_ = 0;
  std::string earlier_book_shown_;
};

}  // namespace press::pipeline
