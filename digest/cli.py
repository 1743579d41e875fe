"""The `digest` command: a thin layer over the library.

Library exceptions become one-line messages and exit codes, never tracebacks.
The command-line contract (DESIGN.md) is kept stable: other tools call it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from digest.config import TagRule, load_taxonomy
from digest.errors import DigestError, WarningCounter, log
from digest.stories.tags import split_page_tags

EVALUATIONS = ("extraction", "clustering", "quotes")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose - args.quiet)
    counter = WarningCounter()
    log.addHandler(counter)
    try:
        code = args.func(args)
    except DigestError as exc:
        print(f"digest: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("digest: interrupted", file=sys.stderr)
        return 130
    finally:
        log.removeHandler(counter)
    if getattr(args, "strict", False) and counter.messages and code == 0:
        print(
            f"digest: error: {len(counter.messages)} warning(s) with --strict",
            file=sys.stderr,
        )
        return 1
    return int(code or 0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Turn a folder of collected news pages into a tagged static story site.",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more detail")
    parser.add_argument("-q", "--quiet", action="count", default=0, help="warnings only")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser("new", help="start a new digest project in a folder")
    new.add_argument("dir", metavar="DIR", help="the project folder (created if missing)")
    new.add_argument("--demo", action="store_true", help="add the two demo articles to content/")
    new.add_argument("--site-name", help="the site's name (default: News digest)")
    new.add_argument(
        "--site-url", help="the address it is published at (default: a marked placeholder)"
    )
    new.set_defaults(func=_cmd_new)

    build = sub.add_parser("build", help="generate the pages from content/ and build site/")
    _project_options(build)
    build.add_argument("--site-dir", help="where the site goes (default: mkdocs.yml's site_dir)")
    build.add_argument(
        "--no-site", action="store_true", help="generate the pages only, do not run MkDocs"
    )
    build.set_defaults(func=_cmd_build)

    fetch = sub.add_parser("fetch", help="bring new articles from feeds and sitemaps into content/")
    _project_options(fetch)
    for flag, dest, what in (("-v", "verbose", "more detail"), ("-q", "quiet", "warnings only")):
        # also after the command name (`digest fetch -q`), as in a crontab line
        fetch.add_argument(flag, dest=dest, action="count", default=argparse.SUPPRESS, help=what)
    fetch.add_argument(
        "--dry-run", action="store_true", help="list the pages a run would fetch; write nothing"
    )
    fetch.set_defaults(func=_cmd_fetch)

    serve = sub.add_parser("serve", help="live preview that regenerates when content/ changes")
    _project_options(serve)
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on")
    serve.set_defaults(func=_cmd_serve)

    extract = sub.add_parser("extract", help="clean source files; one JSON object per file")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="HTML, text or Markdown files")
    extract.add_argument("--strict", action="store_true", help="fail on any warning")
    extract.set_defaults(func=_cmd_extract)

    cluster = sub.add_parser("cluster", help="group JSON Lines articles into stories")
    cluster.add_argument("file", nargs="?", help="JSON Lines file (default: stdin)")
    cluster.add_argument("--strict", action="store_true", help="fail on any warning")
    cluster.set_defaults(func=_cmd_cluster)

    quotes = sub.add_parser("quotes", help="find quotes and speakers in JSON Lines documents")
    quotes.add_argument("file", nargs="?", help="JSON Lines file (default: stdin)")
    quotes.add_argument("--strict", action="store_true", help="fail on any warning")
    quotes.set_defaults(func=_cmd_quotes)

    evaluate = sub.add_parser("eval", help="score a stage on a labelled corpus")
    evaluate.add_argument("stage", choices=EVALUATIONS, help="which stage to score")
    evaluate.add_argument("args", nargs=argparse.REMAINDER, help="the stage's own arguments")
    evaluate.set_defaults(func=_cmd_eval)
    return parser


def _project_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--root", default=".", help="project folder with digest.yml and mkdocs.yml")
    p.add_argument("--config", help="configuration file (default: ROOT/digest.yml)")
    p.add_argument("--strict", action="store_true", help="fail when any warning was given")


def _setup_logging(level: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    log.handlers = [handler]
    log.propagate = False
    log.setLevel(logging.WARNING if level < 0 else logging.INFO if level == 0 else logging.DEBUG)


def _cmd_new(args: argparse.Namespace) -> int:
    from digest.scaffold import new_project

    made = new_project(args.dir, demo=args.demo, site_name=args.site_name, site_url=args.site_url)
    for rel in made.files:
        print(made.root / rel)
    log.info("new project in %s: add pages to content/, then run `digest build`", made.root)
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from digest.config import load_config
    from digest.pipeline import build

    config = load_config(args.root, args.config)
    build(
        config,
        strict=args.strict or config.strict,
        site_dir=args.site_dir,
        run_site=not args.no_site,
    )
    return 0


def _cmd_fetch(args: argparse.Namespace) -> int:
    from digest.config import load_config
    from digest.fetch import fetch

    config = load_config(args.root, args.config)
    args.strict = args.strict or config.strict
    fetch(config, dry_run=args.dry_run)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from digest.config import load_config
    from digest.site.serve import serve

    config = load_config(args.root, args.config)
    serve(config, dev_addr=args.dev_addr)
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from digest.extract.core import extract_documents
    from digest.sources import read_paths

    docs = read_paths(args.paths)
    readable = [d for d in docs if d is not None]
    articles = iter(extract_documents(readable))
    taxonomy = _taxonomy_if_any()
    for path, doc in zip(args.paths, docs, strict=True):
        article = next(articles) if doc is not None else None
        _write_json_line(sys.stdout, _extract_record(path, article, taxonomy))
    return 0


def _taxonomy_if_any() -> tuple[TagRule, ...]:
    """The current folder's taxonomy helps split run-together page tags; optional."""
    path = Path("taxonomy.yml")
    try:
        return load_taxonomy(path) if path.is_file() else ()
    except DigestError as exc:
        log.warning("%s", exc)
        return ()


def _extract_record(path: str, article: Any, taxonomy: Sequence[TagRule] = ()) -> dict[str, Any]:
    """The `digest extract` contract; a file that gave nothing has empty fields."""
    if article is None:
        return {
            "source": path,
            "title": None,
            "text": "",
            "author": None,
            "date": None,
            "publisher": None,
            "url": None,
            "lang": None,
            "tags": [],
            "captions": [],
        }
    return {
        "source": path,
        "title": article.title or None,
        "text": article.text,
        "author": article.author,
        "date": article.published,
        "publisher": article.publisher,
        "url": article.url,
        "lang": article.lang,
        "tags": split_page_tags(article.tags, taxonomy),
        "captions": list(article.captions),
    }


def _cmd_cluster(args: argparse.Namespace) -> int:
    from digest.cluster.core import ClusterItem, cluster_items

    items = []
    for where, record in _read_json_lines(args.file):
        if "id" not in record:
            log.warning("%s: record has no 'id', skipped", where)
            continue
        items.append(
            ClusterItem(
                id=str(record["id"]),
                title=str(record.get("title") or ""),
                text=str(record.get("text") or ""),
                date=record.get("date") or None,
            )
        )
    stories = cluster_items(items)
    for item in items:
        _write_json_line(sys.stdout, {"id": item.id, "story": stories[item.id]})
    return 0


def _cmd_quotes(args: argparse.Namespace) -> int:
    from digest.quotes import extract_quotes

    for where, record in _read_json_lines(args.file):
        if "id" not in record:
            log.warning("%s: record has no 'id', skipped", where)
            continue
        found = extract_quotes(str(record.get("text") or ""))
        _write_json_line(
            sys.stdout,
            {
                "id": record["id"],
                "quotes": [{"quote": q.text, "speaker": q.speaker, "type": q.type} for q in found],
            },
        )
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    module = importlib.import_module(f"digest.evaluate.{args.stage}")
    return int(module.main(args.args))


def _read_json_lines(file: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (where, record) per line; malformed lines are warnings, not crashes."""
    name = file or "<stdin>"
    stream: Iterable[str]
    if file:
        try:
            stream = Path(file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise DigestError(f"{file}: cannot read: {exc}") from None
    else:
        stream = sys.stdin
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            log.warning("%s:%d: not valid JSON (%s), skipped", name, number, exc.msg)
            continue
        if not isinstance(record, dict):
            log.warning("%s:%d: not a JSON object, skipped", name, number)
            continue
        yield f"{name}:{number}", record


def _write_json_line(out: TextIO, record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
