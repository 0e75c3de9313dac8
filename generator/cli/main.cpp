// press: the command-line front end. It parses flags and calls the pipeline library.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <malloc.h>
#include <unistd.h>

#include "pipeline/build.h"
#include "pipeline/check_command.h"
#include "pipeline/i18n_commands.h"
#include "pipeline/new_document.h"
#include "serve/serve_command.h"

namespace {

constexpr int kExitContentErrors = 1;
constexpr int kExitUsage = 2;

}  // namespace

int main(int argc, char** argv) {
  // A build allocates on several threads, and glibc grew each thread's heap a page at a time,
  // one mprotect call each: about 1,300 of them in a rebuild of 8,000 pages. Heaps now grow in
  // steps of 16 MiB of address space; only the pages used are ever touched.
  mallopt(M_TOP_PAD, 16 << 20);
  CLI::App app{"press: builds the accessible multilingual site and books from Markdown content"};
  app.set_version_flag("--version", std::string("press ") + PRESS_VERSION);
  app.require_subcommand(1);

  press::pipeline::BuildOptions build;
  CLI::App* build_command = app.add_subcommand("build", "build the site into the output folder");
  build_command->add_option("--source", build.source_dir, "the project folder (with press.yaml)")
      ->check(CLI::ExistingDirectory);
  build_command->add_option("--out", build.out_dir, "the output folder, replaced on success");
  build_command->add_option("-j,--jobs", build.jobs, "pages rendered at once (default: cores)")
      ->check(CLI::Range(1, 1024));
  build_command->add_flag("--timings", build.timings, "print how long each stage took");
  build_command->add_option("--cache", build.cache_dir,
                            "where to keep what the last build made, to redo only what changed "
                            "(default: <source>/.press-cache)");
  bool no_cache = false;
  build_command->add_flag("--no-cache", no_cache, "render and write every file, as on a first build");
  build_command->add_flag("--drafts", build.include_drafts, "build documents marked draft: true too, marked as drafts");

  std::string new_source = ".", new_kind, new_slug;
  CLI::App* new_command = app.add_subcommand("new", "start a fact sheet or summary: a draft with placeholders");
  new_command->add_option("kind", new_kind, "factsheet or summary")
      ->required()
      ->check(CLI::IsMember({"factsheet", "summary"}));
  new_command->add_option("slug", new_slug, "its address, such as harm-reduction-in-prisons")->required();
  new_command->add_option("--source", new_source, "the project folder (with press.yaml)")
      ->check(CLI::ExistingDirectory);

  press::serve::ServeOptions serve;
  CLI::App* serve_command = app.add_subcommand("serve", "preview the site: serve it, rebuild on every save, reload "
                                                        "open pages; drafts are shown");
  serve_command->add_option("--source", serve.source_dir, "the project folder (with press.yaml)");
  serve_command->add_option("--port", serve.port, "the port to serve on (default 1313; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  serve_command->add_option("--bind", serve.bind_address, "the address to serve on (default 127.0.0.1, this "
                                                          "machine only)");
  serve_command->add_flag("--drafts,!--no-drafts", serve.include_drafts,
                          "show documents marked draft: true (the default; --no-drafts previews the site as "
                          "press build makes it)");
  serve_command->add_option("-j,--jobs", serve.jobs, "pages rendered at once (default: cores)")
      ->check(CLI::Range(1, 1024));
  serve_command->add_flag("--timings", serve.timings, "print how long each stage of each build took");

  std::string root = ".";
  bool strict = false;
  CLI::App* check = app.add_subcommand("check", "check content, catalogs and terminology without building");
  check->add_option("--source", root, "the project folder (with press.yaml)")->check(CLI::ExistingDirectory);
  check->add_flag("--strict", strict, "fail on warnings too, such as stigmatising terms");
  CLI::App* i18n = app.add_subcommand("i18n", "translation catalogs: extract, init, update, status, "
                                              "plurals, export, import");
  i18n->require_subcommand(1);
  i18n->fallthrough();  // `press i18n status --source DIR` works as well as `press i18n --source DIR status`
  i18n->add_option("--source", root, "the project folder (with press.yaml)")->check(CLI::ExistingDirectory);
  CLI::App* extract = i18n->add_subcommand("extract", "write translations/templates/*.pot from the source");
  std::string init_locale;
  CLI::App* init = i18n->add_subcommand("init", "start a new language from the templates");
  init->add_option("locale", init_locale, "BCP 47 tag, e.g. es, zh-Hans, pt-BR")->required();
  CLI::App* update = i18n->add_subcommand("update", "merge source changes into every language's catalogs");
  bool json = false;
  CLI::App* status = i18n->add_subcommand("status", "how much each language has translated");
  status->add_flag("--json", json, "print JSON instead of a table");
  std::string plurals_locale;
  CLI::App* plurals = i18n->add_subcommand("plurals", "show every plural message at CLDR's sample numbers");
  plurals->add_option("locale", plurals_locale, "only this locale (default: every translated locale)");
  std::string export_locale, export_dir = "xliff";
  CLI::App* export_command = i18n->add_subcommand("export", "write a language's catalogs as XLIFF 2.0");
  export_command->add_option("--xliff", export_locale, "the locale to export")->required();
  export_command->add_option("--out", export_dir, "folder for the .xlf files (default: xliff)");
  std::string zawgyi_file;
  CLI::App* convert = i18n->add_subcommand("convert-zawgyi", "convert a Burmese catalog from Zawgyi to Unicode");
  convert->add_option("file", zawgyi_file, "the .po file")->required()->check(CLI::ExistingFile);
  std::string import_file;
  CLI::App* import_command = i18n->add_subcommand("import", "merge a translated XLIFF 2.0 file back");
  import_command->add_option("file", import_file, "the .xlf file")->required()->check(CLI::ExistingFile);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  try {
    namespace p = press::pipeline;
    if (*build_command) {
      build.progress = isatty(STDERR_FILENO) != 0;
      build.use_cache = !no_cache;
      build.exit_when_done = true;
      const auto report = p::build_site(build, std::cerr);
      return report.ok ? 0 : report.refused ? kExitUsage : kExitContentErrors;
    }
    if (*serve_command) return press::serve::serve_site(serve, std::cout, std::cerr);
    if (*new_command) {
      return p::new_document(new_source, new_kind, new_slug, p::local_date_today(), std::cout, std::cerr);
    }
    if (*check) return p::check_project(root, strict, std::cout, std::cerr);
    if (*convert) return p::i18n_convert_zawgyi(zawgyi_file, std::cout, std::cerr);
    if (*extract) return p::i18n_extract(root, std::cout, std::cerr);
    if (*init) return p::i18n_init(root, init_locale, std::cout, std::cerr);
    if (*update) return p::i18n_update(root, std::cout, std::cerr);
    if (*status) return p::i18n_status(root, json, std::cout, std::cerr);
    if (*plurals) return p::i18n_plurals(root, plurals_locale, std::cout, std::cerr);
    if (*export_command) return p::i18n_export_xliff(root, export_locale, export_dir, std::cout, std::cerr);
    if (*import_command) return p::i18n_import_xliff(root, import_file, std::cout, std::cerr);
  } catch (const std::exception& e) {
    // Exceptions are bugs or resource exhaustion; content problems come back as diagnostics.
    std::cerr << "press: internal error: " << e.what() << '\n';
    return 3;
  }
  return kExitUsage;
}
