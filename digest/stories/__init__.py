"""Stage 4, stories: everything one story page shows, from a group of variants.

- `assemble`: headline, lead, dates, key quotes and tags of one story
- `compare`: the variants aligned sentence by sentence
- `tags`: topic tags from the taxonomy and the pages' own tags
- `stage`: the build's cached, parallel run of this stage
"""
