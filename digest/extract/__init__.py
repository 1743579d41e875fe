"""Stage 2, extract: from a decoded source to the cleaned article (text and metadata).

- `core`: one document or a batch (the batch is the collection its furniture is learned from)
- `html`: saved web pages, through trafilatura plus our post-processing
- `text_body`: the body of a plain-text copy, furniture removed
- `text_metadata`: headline, byline, dates and outlet of a plain-text copy
- `boilerplate`: line-level signs of page furniture, shared by both cleaners
- `prose`: whether a cleaned text reads like an article at all
- `stage`: the build's cached, parallel run of this stage
"""
