"""Evaluation commands (`digest eval STAGE ...`): score a stage on a labelled corpus.

Each module has `main(argv) -> int`, runs the same code path as the CLI, and
prints its figures; the README's quality numbers are copied from their output.
"""
