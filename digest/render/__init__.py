"""Stage 5, render: the stories as Markdown pages, feeds and the export.

- `pages`: every page of the generated docs folder, from the jinja2 templates
- `templates/`: the templates shipped with the package (a project's own
  `site_templates/NAME` replaces the one of that name)
- `feeds`: Atom and JSON Feed files
- `permalinks`: story URLs and the redirect pages that keep old ones working
- `stage`: the build's cached run of this stage, written into the docs folder
"""
