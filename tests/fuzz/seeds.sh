# The project's own files that each fuzz target starts from, besides its committed corpus.
# Sourced by run_fuzzers.sh and replay_all.sh; needs $project.
seeds_of() {
  case $1 in
    front_matter_fuzz|markdown_fuzz) find "$project/content" "$project/tests/fixtures" -name '*.md' ;;
    site_config_fuzz) find "$project" "$project/tests/fixtures" -maxdepth 2 -name press.yaml ;;
    catalog_fuzz) find "$project/translations" "$project/tests/fixtures" -name '*.po' | head -200 ;;
    xliff_fuzz) find "$project/tests" -name '*.xlf' -not -path '*/node_modules/*' ;;
    zip_fuzz) find "$project/tests" -name '*.epub' -size -200k -not -path '*/node_modules/*' ;;
    template_fuzz) find "$project/themes" -name '*.xhtml' ;;
    glossary_fuzz) find "$project/content" -maxdepth 1 -name 'glossary.yaml' ;;
    plain_language_fuzz) find "$project/content" -name '*.md' ;;
    chart_fuzz) find "$project/content/infographics" "$project/tests/fixtures" -name '*.yaml' -path '*infographics*' ;;
  esac
}
