#!/usr/bin/python3
"""Every locale's Atom feed of a built site, read by parsers that are not press's own.

Debian's feedparser must read each feed as Atom 1.0 without complaint (its `bozo` flag), and
Python's expat must find it well-formed. Then: xml:lang on the feed (its locale) and on every
entry; one entry per document page of that locale, newest first, each with an id (unique), a
title, a summary, an updated date and a link to a page that exists; and every HTML page of the
locale links the feed from its head (autodiscovery).
Usage: check_feeds.py SITE_DIR
"""
import glob
import os
import re
import sys
import xml.dom.minidom
from urllib.parse import urlparse

import feedparser

site = sys.argv[1]
problems = []
locales = sorted(d for d in os.listdir(site) if os.path.isfile(os.path.join(site, d, "feed.xml")))
if not locales:
    sys.exit(f"no feed.xml under {site}/<locale>/")
autodiscovery = re.compile(r'<link rel="alternate" type="application/atom\+xml" hreflang="([^"]+)" href="([^"]+)"')
entries_total = 0
for locale in locales:
    path = os.path.join(site, locale, "feed.xml")
    parsed = feedparser.parse(path)
    if parsed.bozo:
        problems.append(f"{path}: feedparser: {parsed.bozo_exception}")
        continue
    if parsed.version != "atom10":
        problems.append(f"{path}: read as {parsed.version!r}, not Atom 1.0")
    dom = xml.dom.minidom.parse(path)  # raises on anything not well-formed
    feed = dom.documentElement
    if feed.getAttribute("xml:lang") != locale:
        problems.append(f"{path}: the feed's xml:lang is {feed.getAttribute('xml:lang')!r}, not {locale!r}")
    entries = feed.getElementsByTagName("entry")
    for entry in entries:
        if not entry.getAttribute("xml:lang"):
            problems.append(f"{path}: an entry without xml:lang")
    # A document is a page below a section; the theme pages (themes/<theme>/) are lists, not documents.
    documents = [p for p in glob.glob(os.path.join(site, locale, "*", "*", "index.html"))
                 if os.path.basename(os.path.dirname(os.path.dirname(p))) != "themes"]
    documents = [d for d in documents if "/infographics/" not in d and "/translation-status/" not in d]
    if len(parsed.entries) != len(documents):
        problems.append(f"{path}: {len(parsed.entries)} entries for {len(documents)} document pages")
    ids = [e.get("id") for e in parsed.entries]
    if len(set(ids)) != len(ids) or not all(ids):
        problems.append(f"{path}: entry ids missing or repeated")
    dates = [e.get("updated", "") for e in parsed.entries]
    if dates != sorted(dates, reverse=True):
        problems.append(f"{path}: entries are not newest first")
    base = parsed.feed.get("link", "").removesuffix(f"{locale}/")
    for e in parsed.entries:
        if not (e.get("title") and e.get("summary") and e.get("updated") and e.get("link")):
            problems.append(f"{path}: entry {e.get('id')} lacks a title, summary, date or link")
            continue
        page = os.path.join(site, e.link.removeprefix(base), "index.html")
        if not e.link.startswith(base) or not os.path.isfile(page):
            problems.append(f"{path}: entry links {e.link}, which is no page of the site")
    for html in glob.glob(os.path.join(site, locale, "**", "*.html"), recursive=True):
        with open(html, encoding="utf-8") as f:
            found = autodiscovery.search(f.read())
        href = found.group(2) if found else ""
        if href.startswith("/"):  # the 404 page, served at any depth, links from the site's root
            href = os.path.relpath(os.path.join(site, href.removeprefix(urlparse(base).path)), os.path.dirname(html))
        target = found and os.path.normpath(os.path.join(os.path.dirname(html), href))
        if not found or found.group(1) != locale or target != os.path.normpath(path):
            problems.append(f"{html}: no link to its locale's feed in the head")
            break
    entries_total += len(parsed.entries)
for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print(f"feeds: {len(locales)} locales, {entries_total} entries, all read as Atom 1.0 with xml:lang")
