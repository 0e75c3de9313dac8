#include "serve/live_reload_script.h"

namespace press::serve {

namespace {

// Plain ES2017 with no library: it must run on the old phones campaigners check pages on.
constexpr const char* kScript = R"js(// press serve: live reload and the build-error overlay. Only `press serve` sends this.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = Number(script && script.getAttribute('data-site-version')) || 0;
  var overlayId = 'press-build-error';
  var returnFocus = null;
  var scrollKey = 'press-scroll:' + location.pathname;

  function fileOf(url) {
    try {
      var u = new URL(url, location.href);
      if (u.origin !== location.origin) return null;
      var path = decodeURIComponent(u.pathname).replace(/^\/+/, '');
      return path === '' || path.slice(-1) === '/' ? path + 'index.html' : path;
    } catch (e) {
      return null;
    }
  }
  // The page itself and what it shows from the site: a new chart is a change of the page.
  function shownFiles() {
    var files = [fileOf(location.href)];
    var shown = document.querySelectorAll('img[src], object[data], iframe[src]');
    for (var i = 0; i < shown.length; i++) {
      files.push(fileOf(shown[i].getAttribute('src') || shown[i].getAttribute('data')));
    }
    return files;
  }
  function reload() {
    try { sessionStorage.setItem(scrollKey, String(window.scrollY)); } catch (e) {}
    location.reload();
  }
  function swapStylesheets(changed) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      if (!changed[fileOf(link.href)]) continue;
      var fresh = link.cloneNode(false);
      var url = new URL(link.href);
      url.searchParams.set('press-version', String(version));
      fresh.href = url.href;
      fresh.addEventListener('load', function () { this.previous.remove(); });
      fresh.previous = link;
      link.after(fresh);
    }
  }

  var css = '#press-build-error{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.6);' +
    'display:flex;align-items:flex-start;justify-content:center;padding:1rem;overflow:auto;box-sizing:border-box}' +
    '#press-build-error[hidden]{display:none}' +
    '#press-build-error .press-box{background:#fff;color:#1a1a1a;max-width:60rem;width:100%;box-sizing:border-box;' +
    'border-top:.5rem solid #b00020;padding:1rem;font:1rem/1.5 system-ui,sans-serif;text-align:start}' +
    '#press-build-error h2{margin:0 0 .5rem;font-size:1.25rem;color:inherit}' +
    '#press-build-error p{margin:0 0 1rem;color:inherit}' +
    '#press-build-error .press-diagnostics{background:#f1f1f1;color:#1a1a1a;padding:.75rem;margin:0 0 1rem;' +
    'font:.875rem/1.45 ui-monospace,"DejaVu Sans Mono",monospace}' +
    '#press-build-error .press-diagnostics p{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}' +
    '#press-build-error pre{overflow-x:auto;white-space:pre;margin:0 0 .5rem;font:inherit}' +
    '#press-build-error button{font:inherit;padding:.5rem 1rem;border:2px solid currentColor;background:transparent;' +
    'color:inherit;cursor:pointer;min-height:44px}' +
    '#press-build-error :focus-visible{outline:3px solid #1a56db;outline-offset:2px}' +
    '@media (prefers-color-scheme:dark){#press-build-error .press-box{background:#1e1e1e;color:#f2f2f2;' +
    'border-top-color:#ff6b6b}#press-build-error .press-diagnostics{background:#2b2b2b;color:#f2f2f2}' +
    '#press-build-error :focus-visible{outline-color:#8ab4f8}}';

  function element(name, attributes, text) {
    var e = document.createElement(name);
    for (var key in attributes) e.setAttribute(key, attributes[key]);
    if (text) e.textContent = text;
    return e;
  }
  function makeOverlay() {
    var overlay = element('div', { id: overlayId, lang: 'en', dir: 'ltr' });
    var style = element('style', {}, css);
    var box = element('div', { 'class': 'press-box', role: 'alertdialog', 'aria-modal': 'true', tabindex: '-1',
      'aria-labelledby': 'press-build-error-title', 'aria-describedby': 'press-build-error-help' });
    box.append(
      element('h2', { id: 'press-build-error-title' }, 'The site did not build'),
      element('p', { id: 'press-build-error-help' }, 'press is still serving the last pages that built. ' +
        'Fix the problem below and save the file: this message then closes by itself, in every tab. ' +
        'Press Escape to close it now.'),
      element('div', { 'class': 'press-diagnostics', role: 'region', 'aria-label': 'Build errors' }),
      element('button', { type: 'button' }, 'Close'));
    overlay.append(style, box);
    box.querySelector('button').addEventListener('click', hideOverlay);
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        hideOverlay();
      } else if (event.key === 'Tab') {  // focus stays in the dialog while it is open
        var stops = box.querySelectorAll('pre, button');
        var first = stops[0], last = stops[stops.length - 1];
        if (event.shiftKey && (document.activeElement === first || document.activeElement === box)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    return overlay;
  }
  // The terminal's text, laid out for a narrow screen: each message wraps; a source line and
  // its caret stay as they are, aligned, and scroll sideways when they are long.
  function showDiagnostics(box, text) {
    box.textContent = '';
    var lines = text.replace(/\n$/, '').split('\n');
    for (var i = 0; i < lines.length; i++) {
      if (i + 1 < lines.length && /^\s*\^\s*$/.test(lines[i + 1])) {
        box.append(element('pre', { tabindex: '0' }, lines[i] + '\n' + lines[i + 1]));
        i++;
      } else {
        box.append(element('p', {}, lines[i]));
      }
    }
  }
  function showOverlay(text) {
    var overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = makeOverlay();
      document.body.append(overlay);
    }
    if (overlay.hidden !== false || !overlay.isConnected || !overlay.contains(document.activeElement)) {
      returnFocus = document.activeElement;
    }
    showDiagnostics(overlay.querySelector('.press-diagnostics'), text);
    overlay.hidden = false;
    overlay.querySelector('[role=alertdialog]').focus();
  }
  function hideOverlay() {
    var overlay = document.getElementById(overlayId);
    if (!overlay || overlay.hidden) return;
    overlay.hidden = true;
    if (returnFocus && returnFocus.focus) returnFocus.focus();
    returnFocus = null;
  }

  function onBuild(event) {
    if (!event.ok) return showOverlay(event.diagnostics);
    hideOverlay();
    if (event.version <= version) return;
    var missed = event.version > version + 1;
    version = event.version;
    if (missed || event.whole) return reload();
    var changed = {};
    for (var i = 0; i < event.changed.length; i++) changed[event.changed[i]] = true;
    if (shownFiles().some(function (file) { return changed[file]; })) return reload();
    swapStylesheets(changed);
  }

  try {
    var scroll = sessionStorage.getItem(scrollKey);
    if (scroll !== null) {
      sessionStorage.removeItem(scrollKey);
      window.addEventListener('load', function () { window.scrollTo(0, Number(scroll)); });
    }
  } catch (e) {}
  var events = null;
  function connect() {
    if (events) return;
    events = new EventSource('/__press/events');  // kBuildEventsPath
    events.addEventListener('build', function (message) { onBuild(JSON.parse(message.data)); });
  }
  // A hidden tab lets go of its stream, since a browser opens only six connections to a server
  // over HTTP/1.1; shown again, it hears the latest build at once and catches up.
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) return connect();
    if (events) events.close();
    events = null;
  });
  if (!document.hidden) connect();
})();
)js";

}  // namespace

std::string_view live_reload_script() { return kScript; }

std::string with_live_reload(std::string_view html, uint64_t site_version) {
  const std::string element = std::string("<script src=\"") + kLiveReloadScriptPath + "\" data-site-version=\"" +
                              std::to_string(site_version) + "\"></script>";
  const size_t body_end = html.rfind("</body>");
  const size_t at = body_end == std::string_view::npos ? html.size() : body_end;
  std::string page;
  page.reserve(html.size() + element.size());
  page.append(html.substr(0, at)).append(element).append(html.substr(at));
  return page;
}

}  // namespace press::serve
