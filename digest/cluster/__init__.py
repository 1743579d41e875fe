"""Stage 3, cluster: group the variants of one story (syndicated copies, rewrites).

- `core`: candidate pairs, the precise check and the grouping
- `similarity`: shingles, term vectors and near-copy tests
- `stage`: the build's cached run of this stage (starts from the last build's grouping)
"""
