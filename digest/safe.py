"""Making source text inert: Markdown/HTML escaping and URL-safe slugs.

Nothing from a source file may reach the site as live HTML, script, link or
template syntax. Everything a source supplies goes through `md_text` (Markdown
body text) or `html_text` (front matter and attributes) before it is written.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

# Python-Markdown's backslash escapes and '|' (tables) are backslash-escaped;
# characters Markdown cannot backslash-escape but extensions react to become
# numeric entities: '?' (`??? note` details blocks), ':' (autolink-like text),
# '~^=' (strike/mark/setext syntax in common extensions).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()>#+\-.!|~^=:?<&])")
_AS_ENTITY = "~^=:?"


# C0/C1 control characters except tab, newline, form feed and carriage return:
# junk in a news text, and STX/ETX are Python-Markdown's own placeholders.
# sources.clean_text drops the same set, so pages show what was read.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

# Letters and marks of the scripts whose spelling needs the zero-width non-joiner and
# joiner (Persian "می‌گوید", Hindi and the other Indic scripts, Syriac, Sinhala, Myanmar,
# Khmer, Mongolian), and emoji, which the joiner builds into one picture ("🐈‍⬛"):
# between two of them the two characters are part of the word, not a hidden mark.
# Arabic's digits, signs and invisible marks (U+0600-0605, U+061C, U+06DD) are none.
_JOINED = (
    "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06dc\u06df-\u06ef\u06fa-\u06ff"
    "\u0700-\u074f\u0750-\u077f\u08a0-\u08e1\u08e3-\u08ff\u0900-\u0dff\u1000-\u109f"
    "\u1780-\u17ff\u1820-\u18aa\ufb50-\ufdff\ufe70-\ufefc\ufe0f\u2190-\u21ff"
    "\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
)

# Characters that change how text around them displays while showing nothing
# themselves: bidirectional controls (U+202E turns "Safe gnp.exe" into
# "Safe exe.png"), zero-width characters and the word joiner, the byte-order
# mark, invisible operators, the soft hyphen, fillers that show as blanks, and
# Unicode tag characters and variation selectors (which can carry hidden text).
# Removed from everything a page or feed shows.
_HIDDEN = (
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufe00-\ufe0e\ufeff\uffa0"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
# The emoji presentation selector anywhere but after a symbol or an emoji.
_STRAY_SELECTOR = re.compile("(?<![\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff#*0-9])\ufe0f")
# And the zero-width non-joiner and joiner anywhere but between two letters of the
# scripts above: removed after the rest, so that no removed character (U+061C) can
# stand beside one as if it were such a letter.
_STRAY_JOINER = re.compile(f"(?<![{_JOINED}])[\u200c\u200d]|[\u200c\u200d](?![{_JOINED}])")
INVISIBLE_CHARS = re.compile(f"{_HIDDEN}|{_STRAY_SELECTOR.pattern}|{_STRAY_JOINER.pattern}")
# One character class, scanned fast; the two passes with context run only on a text
# that holds their characters (most texts hold none).
_UNSHOWN = re.compile(f"{CONTROL_CHARS.pattern[:-1]}{_HIDDEN[1:]}")


def visible(text: str) -> str:
    """Text without control characters and the invisible characters above."""
    if "\ufe0f" in text:
        text = _STRAY_SELECTOR.sub("", text)  # first: judged by what stood before it
    text = _UNSHOWN.sub("", text)
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    return text


_NO_JOINERS = str.maketrans("", "", "\u200c\u200d")


def without_joiners(text: str) -> str:
    """The text without zero-width non-joiners and joiners: the key under which words
    spelled with them ("می‌گویند") and without them ("میگویند") are one (the shown text
    keeps them where `visible` does)."""
    if "\u200c" in text or "\u200d" in text:
        return text.translate(_NO_JOINERS)
    return text


def html_text(text: str) -> str:
    """Escape for HTML text and attribute values (invisible characters dropped)."""
    return html.escape(visible(text), quote=True)


def md_text(text: str) -> str:
    """Escape a single line of source text for a Markdown page.

    HTML-significant characters become entities (so no tag can open) and
    Markdown punctuation is backslash-escaped (so no link, emphasis or raw
    HTML can form). Newlines fold to spaces: a paragraph is one line. Control
    characters are dropped (STX/ETX are Python-Markdown's own placeholders).
    tests/test_properties.py checks that the result renders back to exactly
    the text, as one plain paragraph, wherever the templates put it.
    """
    text = " ".join(visible(text).split())

    def escape(match: re.Match[str]) -> str:
        ch = match.group(1)
        if ch == "<":
            return "&lt;"
        if ch == "&":
            return "&amp;"
        if ch in _AS_ENTITY:
            return f"&#{ord(ch)};"
        return "\\" + ch

    return _MD_SPECIAL.sub(escape, text)


def md_quoted(text: str) -> str:
    """Escape text for a quoted Markdown title, e.g. `??? note "TITLE"`.

    Such titles still go through Markdown's inline processing (links,
    emphasis), so HTML escaping alone is not enough: this is `md_text` with the
    double quote, which would end the title, as an entity.
    """
    return md_text(text).replace('"', "&quot;")


def slugify(text: str, max_length: int = 60) -> str:
    """A lower-case ASCII slug; text with no Latin letters gets a stable hash slug."""
    normal = unicodedata.normalize("NFKD", text)
    ascii_text = normal.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if not slug:
        slug = "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return slug
