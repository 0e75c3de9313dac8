#include "infographics/chart_layout.h"

#include <algorithm>
#include <cmath>

#include "infographics/line_wrap.h"

namespace press::infographics {

bool Box::overlaps(const Box& o) const {
  return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
}

bool Box::contains(const Box& o) const {
  constexpr double e = 1e-6;
  return o.x >= x - e && o.right() <= right() + e && o.y >= y - e && o.bottom() <= bottom() + e;
}

Box TextBlock::box() const {
  double widest = 0;
  for (double w : line_widths) widest = std::max(widest, w);
  const double left = rtl ? x - widest : x;
  return {left, top, widest, line_height * lines.size()};
}

namespace {

constexpr double kPadding = 20;
constexpr TextStyle kTitle{20, true};
constexpr TextStyle kLabel{15, false};
constexpr TextStyle kValue{15, true};
constexpr TextStyle kNote{13, false};
constexpr double kFigureSizes[] = {28, 24, 20};
constexpr double kBarHeight = 16;
constexpr double kGap = 12;
constexpr double kCardPadding = 12;

class Layouter {
 public:
  Layouter(const ChartText& text, const theme::Palette& palette, const TextMeasure& measure, const std::string& locale,
           double width)
      : text_(text), palette_(palette), measure_(measure), locale_(locale), width_(width) {}

  ChartLayout run(bool rtl) {
    layout_.width = width_;
    layout_.font_family = measure_.font_family();
    layout_.marks.push_back({{0, 0, width_, 0}, palette_.background, "", false, true, "background"});
    y_ = kPadding;
    y_ = add_text(text_.title, kPadding, y_, inner(), kTitle, palette_.text, "title").box().bottom() + kGap;
    switch (text_.type) {
      case ChartType::key_figures: key_figures(); break;
      case ChartType::bar_chart: bars(false); break;
      case ChartType::part_of_whole: bars(true); break;
      case ChartType::timeline: timeline(); break;
    }
    y_ += kGap;
    y_ = add_text(text_.source_note, kPadding, y_, inner(), kNote, palette_.muted, "note").box().bottom();
    layout_.height = std::ceil(y_ + kPadding);
    layout_.marks.front().box.height = layout_.height;
    if (rtl) mirror();
    return std::move(layout_);
  }

 private:
  double inner() const { return width_ - 2 * kPadding; }

  TextBlock make_text(const std::string& s, double x, double top, double max_width, TextStyle style,
                      const std::string& colour, const char* role) const {
    TextBlock block;
    WrappedText wrapped = wrap_text(s, max_width, style, measure_, locale_);
    block.lines = std::move(wrapped.lines);
    block.line_widths = std::move(wrapped.line_widths);
    block.style = style;
    block.x = x;
    block.top = top;
    block.line_height = measure_.line_height(style);
    // Centre the glyphs' extent in the line box.
    block.ascent = (block.line_height - measure_.ascent(style) - measure_.descent(style)) / 2 + measure_.ascent(style);
    block.colour = colour;
    block.role = role;
    return block;
  }

  const TextBlock& add_text(const std::string& s, double x, double top, double max_width, TextStyle style,
                            const std::string& colour, const char* role) {
    layout_.texts.push_back(make_text(s, x, top, max_width, style, colour, role));
    return layout_.texts.back();
  }

  // Key figures: cards of a big number and its label, two to a row when every figure fits a
  // half-width card on one line, else one to a row, so no number is broken.
  void key_figures() {
    const double half_card_text = (inner() - kGap) / 2 - 2 * kCardPadding;
    const bool halves_fit = std::all_of(text_.items.begin(), text_.items.end(), [&](const auto& item) {
      return measure_.width(item.figure, {kFigureSizes[std::size(kFigureSizes) - 1], true}) <= half_card_text;
    });
    const size_t columns = text_.items.size() > 1 && halves_fit ? 2 : 1;
    const double card_width = (inner() - kGap * (columns - 1)) / columns;
    const double text_width = card_width - 2 * kCardPadding;
    for (size_t row = 0; row < text_.items.size(); row += columns) {
      std::vector<TextBlock> figures, labels;
      double row_height = 0;
      for (size_t c = 0; c < columns && row + c < text_.items.size(); ++c) {
        const auto& item = text_.items[row + c];
        const double x = kPadding + c * (card_width + kGap) + kCardPadding;
        const double top = y_ + kCardPadding;
        // The largest size at which the figure fits on one line, else the smallest, wrapped.
        TextBlock figure;
        for (double size : kFigureSizes) {
          figure = make_text(item.figure, x, top, text_width, {size, true}, palette_.text, "figure");
          if (figure.lines.size() == 1) break;
        }
        TextBlock label = make_text(item.label, x, figure.box().bottom() + 4, text_width, kLabel, palette_.text, "label");
        row_height = std::max(row_height, label.box().bottom() - y_ + kCardPadding);
        figures.push_back(std::move(figure));
        labels.push_back(std::move(label));
      }
      for (size_t c = 0; c < figures.size(); ++c) {
        layout_.marks.push_back({{kPadding + c * (card_width + kGap), y_, card_width, row_height},
                                 palette_.surface, "", false, true, "card"});
        layout_.texts.push_back(std::move(figures[c]));
        layout_.texts.push_back(std::move(labels[c]));
      }
      y_ += row_height + kGap;
    }
    y_ -= kGap;
  }

  // Bars (lengths relative to the largest) or shares of a whole (each against a full track);
  // each value is written at the end of its bar, so no legend is needed.
  void bars(bool of_whole) {
    double value_width = 0;
    for (const auto& item : text_.items) value_width = std::max(value_width, measure_.width(item.figure, kValue));
    const double track = inner() - value_width - 8;
    const double row = std::max(kBarHeight, measure_.line_height(kValue));
    bool first = true;
    for (const auto& item : text_.items) {
      if (!first) y_ += 14;
      first = false;
      y_ = add_text(item.label, kPadding, y_, inner(), kLabel, palette_.text, "label").box().bottom() + 4;
      const double bar_top = y_ + (row - kBarHeight) / 2;
      const double length = std::max(2.0, item.share * track);
      if (of_whole) layout_.marks.push_back({{kPadding, bar_top, track, kBarHeight}, palette_.background, palette_.track, false, false, "track"});
      layout_.marks.push_back({{kPadding, bar_top, length, kBarHeight}, palette_.mark, "", false, false, of_whole ? "share" : "bar"});
      const double value_x = kPadding + (of_whole ? track : length) + 8;
      add_text(item.figure, value_x, y_, value_width + 1, kValue, palette_.text, "value");
      y_ += row;
    }
  }

  // A vertical timeline: a point on an axis per event, its date, then what happened.
  void timeline() {
    const double axis_x = kPadding + 6;
    const double text_x = kPadding + 24;
    const double width = inner() - 24;
    double first_point = 0, last_point = 0;
    for (size_t i = 0; i < text_.items.size(); ++i) {
      if (i) y_ += 14;
      const TextBlock& date = add_text(text_.items[i].figure, text_x, y_, width, kValue, palette_.text, "date");
      const double centre = date.top + date.line_height / 2;
      layout_.marks.push_back({{axis_x - 6, centre - 6, 12, 12}, palette_.mark, "", true, false, "point"});
      if (i == 0) first_point = centre;
      last_point = centre;
      y_ = add_text(text_.items[i].label, text_x, date.box().bottom(), width, kLabel, palette_.text, "label").box().bottom();
    }
    if (text_.items.size() > 1) {
      // Drawn first so the points sit on top of it.
      layout_.marks.insert(layout_.marks.begin() + 1,
                           Mark{{axis_x - 1, first_point, 2, last_point - first_point}, palette_.track, "", false, false, "axis"});
    }
  }

  void mirror() {
    layout_.rtl = true;
    for (auto& mark : layout_.marks) mark.box.x = width_ - mark.box.x - mark.box.width;
    for (auto& text : layout_.texts) {
      text.x = width_ - text.x;
      text.rtl = true;
    }
  }

  const ChartText& text_;
  const theme::Palette& palette_;
  const TextMeasure& measure_;
  const std::string& locale_;
  double width_;
  ChartLayout layout_;
  double y_ = 0;
};

}  // namespace

ChartLayout lay_out_chart(const ChartText& text, const theme::Palette& palette, const TextMeasure& measure,
                          const std::string& locale, bool rtl, double width) {
  return Layouter(text, palette, measure, locale, width).run(rtl);
}

}  // namespace press::infographics
