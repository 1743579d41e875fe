"""Stage 5, quotes: attributed statements, speakers resolved, merged across variants.

The package reads in pipeline order:

- `lexer`: paragraphs, quotation-mark spans, sentences that respect quotations;
- `grammar`: attribution frames (`X said`, `said X`, `according to X`, ...);
- `speakers`: the people a document names, and speaker mentions resolved to them;
- `assembly`: `extract_quotes`, the quotes of one document (`read_quotes`: with
  the people it names);
- `merge`: `merge_story_quotes` and `key_quotes`, across the variants of a story;
- `lexicon` and `data/`: the word lists all of them use.
"""

from __future__ import annotations

from digest.quotes.assembly import extract_quotes, read_quotes
from digest.quotes.merge import key_quotes, merge_story_quotes

__all__ = ["extract_quotes", "key_quotes", "merge_story_quotes", "read_quotes"]
