"""The site generator, behind one boundary: today MkDocs with the Material theme.

The pipeline hands this package a folder of Markdown pages and gets a site
folder back; nothing else in digest imports MkDocs. A Zensical renderer would
be a sibling of this package.

- `mkdocs`: the MkDocs run, its settings read from mkdocs.yml, the site swap
- `memo`: MkDocs' per-page results reused from the last build
- `docs_dir`: the generated docs folder and the site folder on disk
- `serve`: the live preview
"""
