"""The `digest` command: a thin layer over the library.

Library exceptions become one-line messages and exit codes, never tracebacks.
The command-line contract (DESIGN.md) is kept stable: other tools call it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from digest import __version__
from digest.config import TagRule, load_taxonomy
from digest.errors import DigestError, WarningCounter, log, one_line
from digest.stories.tags import split_page_tags

EVALUATIONS = ("extraction", "clustering", "quotes", "syndication")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = _parse(parser, argv)
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


def run() -> int:
    """`digest` as a program (the console script, `python -m digest`): `main`, then a
    quick exit. At exit the interpreter's last collections walk every object still
    alive, and after a big build that is millions (stories, pages, caches): frozen
    first, they are left alone (docs/speed.md, "Idle time and the ends of a cold
    build"). Objects in reference cycles still alive then are never finalised;
    digest keeps nothing that needs it (its pools and the cache are closed)."""
    code = main()
    gc.freeze()
    return code


class _CommandParser(argparse.ArgumentParser):
    """A subcommand's parser: an unknown option is its error, shown with its own
    usage (argparse would otherwise hand it up to `digest`'s top-level usage)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


# Options every command takes before or after its name (`digest -q build` and
# `digest build -q`), as mkdocs, pip and git do. After the name they are parsed
# into their own names (see _parse): a subcommand's value for an option it was not
# given must not reset the one given before the name.
_COMMON_HELP = {
    "verbose": "more detail (repeat for more)",
    "quiet": "warnings only",
    "strict": "fail when any warning was given",
    "root": "project folder with digest.yml and mkdocs.yml (default: .)",
    "config": "configuration file (default: ROOT/digest.yml)",
}
_LATE = "late_"  # prefix of the names of options given after the subcommand


def _common_options(p: argparse.ArgumentParser, *, late: bool, project: bool, strict: bool) -> None:
    """-v/-q always; --strict where warnings can occur; --root/--config where a
    project is read. Before the subcommand all of them are accepted."""
    prefix = _LATE if late else ""
    group = p.add_argument_group("common options")
    h = _COMMON_HELP
    group.add_argument(
        "-v", "--verbose", action="count", dest=prefix + "verbose", default=0, help=h["verbose"]
    )
    group.add_argument(
        "-q", "--quiet", action="count", dest=prefix + "quiet", default=0, help=h["quiet"]
    )
    if strict:
        group.add_argument(
            "--strict",
            action="store_true",
            dest=prefix + "strict",
            default=argparse.SUPPRESS if late else False,
            help=h["strict"],
        )
    if project:
        default = argparse.SUPPRESS if late else None
        group.add_argument(
            "--root", dest=prefix + "root", default=default, help=h["root"], metavar="DIR"
        )
        group.add_argument(
            "--config", dest=prefix + "config", default=default, help=h["config"], metavar="FILE"
        )


def _parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Parse, then merge the common options given after the subcommand with those
    given before it: counts add up, a later value wins."""
    args = parser.parse_args(argv)
    for name in ("verbose", "quiet"):
        setattr(args, name, getattr(args, name) + getattr(args, _LATE + name, 0))
    for name in ("strict", "root", "config"):
        late = getattr(args, _LATE + name, None)
        if late is not None:
            setattr(args, name, late)
    args.project_given = args.root is not None or args.config is not None
    if args.root is None:
        args.root = "."
    return args


def _command(
    sub: Any,
    name: str,
    summary: str,
    examples: Sequence[str],
    *,
    project: bool = False,
    strict: bool = True,
) -> argparse.ArgumentParser:
    """A subcommand whose help opens with a one-line description and ends with examples."""
    command: argparse.ArgumentParser = sub.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog="examples:\n" + "\n".join(f"  {line}" for line in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common_options(command, late=True, project=project, strict=strict)
    return command


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Turn a folder of collected news pages into a tagged static story site.",
        epilog="Run `digest COMMAND --help` for a command's options and examples.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="show the version"
    )
    _common_options(parser, late=False, project=True, strict=True)
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_CommandParser
    )

    new = _command(
        sub,
        "new",
        "start a new digest project in a folder",
        [
            "digest new my-digest",
            "digest new my-digest --demo",
            "digest new . --site-name 'Harbour news' --site-url https://me.github.io/harbour/",
        ],
        strict=False,
    )
    new.add_argument("dir", metavar="DIR", help="the project folder (created if missing)")
    new.add_argument("--demo", action="store_true", help="add the two demo articles to content/")
    new.add_argument("--site-name", metavar="NAME", help="the site's name (default: News digest)")
    new.add_argument(
        "--site-url",
        metavar="URL",
        help="the address it is published at (default: a marked placeholder)",
    )
    new.set_defaults(func=_cmd_new)

    build = _command(
        sub,
        "build",
        "generate the pages from content/ and build site/",
        ["digest build", "digest build -q --strict", "digest build --root my-digest --no-site"],
        project=True,
    )
    build.add_argument("--site-dir", help="where the site goes (default: mkdocs.yml's site_dir)")
    build.add_argument(
        "--no-site", action="store_true", help="generate the pages only, do not run MkDocs"
    )
    _dask_option(build)
    build.set_defaults(func=_cmd_build)

    fetch = _command(
        sub,
        "fetch",
        "bring new articles from feeds and sitemaps into content/",
        ["digest fetch", "digest fetch --dry-run", "digest fetch -q --root my-digest"],
        project=True,
    )
    fetch.add_argument(
        "--dry-run", action="store_true", help="list the pages a run would fetch; write nothing"
    )
    fetch.set_defaults(func=_cmd_fetch)

    serve = _command(
        sub,
        "serve",
        "live preview that regenerates when content/ changes",
        ["digest serve", "digest serve --dev-addr 127.0.0.1:8080 --root my-digest"],
        project=True,
    )
    serve.add_argument(
        "--dev-addr", default="127.0.0.1:8000", metavar="HOST:PORT", help="address to serve on"
    )
    serve.set_defaults(func=_cmd_serve)

    extract = _command(
        sub,
        "extract",
        "clean source files; one JSON object per file",
        ["digest extract content/*.html", "digest extract --root my-digest page.txt > out.jsonl"],
        project=True,
    )
    extract.add_argument(
        "paths", nargs="+", metavar="PATH", help="HTML, text, Markdown or WARC files"
    )
    _dask_option(extract)
    extract.set_defaults(func=_cmd_extract)

    cluster = _command(
        sub,
        "cluster",
        "group JSON Lines articles into stories",
        ["digest cluster articles.jsonl", "digest extract content/* | digest cluster"],
    )
    cluster.add_argument("file", nargs="?", help="JSON Lines file (default: stdin)")
    _dask_option(cluster)
    cluster.set_defaults(func=_cmd_cluster)

    quotes = _command(
        sub,
        "quotes",
        "find quotes and speakers in JSON Lines documents",
        ["digest quotes docs.jsonl", "digest quotes --strict < docs.jsonl"],
    )
    quotes.add_argument("file", nargs="?", help="JSON Lines file (default: stdin)")
    quotes.set_defaults(func=_cmd_quotes)

    evaluate = _command(
        sub,
        "eval",
        "score a stage on a labelled corpus",
        [
            "digest eval extraction ../shared/corpora/extraction",
            "digest eval clustering articles.jsonl",
            "digest eval quotes docs.jsonl",
        ],
        strict=False,
    )
    evaluate.add_argument("stage", choices=EVALUATIONS, help="which stage to score")
    evaluate.add_argument("args", nargs=argparse.REMAINDER, help="the stage's own arguments")
    evaluate.set_defaults(func=_cmd_eval)
    return parser


def _dask_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run the heavy work on a Dask cluster: a scheduler address (tcp://host:8786) "
        "or 'local' (one worker process per core); needs pip install 'digest[dask]'",
    )


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
    from digest.distributed import connect
    from digest.pipeline import build

    config = load_config(args.root, args.config)
    executor = connect(args.dask) if args.dask else None
    try:
        build(
            config,
            strict=args.strict or config.strict,
            site_dir=args.site_dir,
            run_site=not args.no_site,
            executor=executor,
        )
    finally:
        if executor is not None:
            executor.close()
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
    with _announce_address():
        serve(config, dev_addr=args.dev_addr)
    return 0


class _AddressHandler(logging.Handler):
    """Prints MkDocs' "Serving on URL" line: the address as the server bound it,
    under site_url's path, which the editor could not otherwise guess."""

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()  # "[12:00:00] Serving on http://..."
        if "Serving on " in message:
            print(message[message.index("Serving on ") :], flush=True)


@contextlib.contextmanager
def _announce_address() -> Iterator[None]:
    server_log = logging.getLogger("mkdocs.livereload")
    handler = _AddressHandler(level=logging.INFO)
    level = server_log.level
    server_log.addHandler(handler)
    server_log.setLevel(logging.INFO)
    try:
        yield
    finally:
        server_log.removeHandler(handler)
        server_log.setLevel(level)


def _cmd_extract(args: argparse.Namespace) -> int:
    """One row per page, in input order, streamed: pages are read, extracted (here, or
    on a Dask cluster's workers) and written a window at a time, so a crawl of any
    size never sits in memory whole."""
    from digest.distributed import connect
    from digest.parallel import replay

    seen: set[str] = set()
    for path in args.paths:  # still one output line per argument, as the contract says
        if path in seen:
            log.warning("%s: given more than once", one_line(path))
        seen.add(path)
    taxonomy = _taxonomy_if_any(args)
    executor = connect(getattr(args, "dask", None))
    try:
        contexts = _collection_contexts(args.paths, executor)
        jobs = _extract_jobs(args.paths, contexts)
        for (source, article), records in executor.stream(_extract_job, jobs):
            replay(records)
            _write_json_line(sys.stdout, _extract_record(source, article, taxonomy))
    finally:
        executor.close()
    return 0


ExtractJob = tuple[str, Any, Any]  # (source shown, SourceDoc or None, its Context)


def _collection_contexts(paths: Sequence[str], executor: Any) -> dict[str, Any]:
    """What the text copies and saved pages teach about each other (their outlets'
    furniture), from a first reading that keeps each one's profile only; its warnings
    are given by the second reading. A Context per readable text copy or page (a WARC
    file's pages included), by its document key (stage.document_key)."""
    from digest.cache import Cache
    from digest.extract.stage import collection_contexts, extraction_version
    from digest.models import LEARNS_FROM
    from digest.sources import quietly, source_kind
    from digest.warc import is_warc

    if not any(source_kind(p) in LEARNS_FROM or is_warc(p) for p in paths):
        return {}
    docs = (doc for _, doc in quietly(_read_each(paths)) if doc is not None)
    return collection_contexts(docs, Cache(None), extraction_version(), executor)


def _read_each(paths: Sequence[str]) -> Iterator[tuple[str, Any]]:
    """Each path's documents, read lazily (a WARC file gives one per page, or None
    when it gives none): (the source shown, the document or None)."""
    from digest.sources import SourceLimits, read_source, read_warc_source
    from digest.warc import is_warc

    limits = SourceLimits()
    for path in paths:
        if is_warc(path):
            pages = 0
            for page in read_warc_source(Path(path), path, limits):
                pages += 1
                yield page.path, page
            if not pages:
                yield path, None
            continue
        yield path, read_source(Path(path), path, limits)


def _extract_jobs(paths: Sequence[str], learned: dict[str, Any]) -> Iterator[ExtractJob]:
    """Read lazily, one document after another (a WARC file gives one per page), each
    with what the collection taught it (`_collection_contexts`)."""
    from digest.extract.stage import context_of, document_key

    for source, doc in _read_each(paths):
        yield source, doc, None if doc is None else context_of(doc, document_key(doc), learned)


def _extract_job(job: ExtractJob) -> tuple[str, Any]:
    """One document's article (run where the executor runs it); a crash costs the file."""
    from digest.extract.core import _extract_guarded
    from digest.extract.furniture import NO_CONTEXT

    source, doc, context = job
    if doc is None:
        return source, None
    return source, _extract_guarded(doc, context if context is not None else NO_CONTEXT)


def _taxonomy_if_any(args: argparse.Namespace) -> tuple[TagRule, ...]:
    """The taxonomy helps split run-together page tags: the project's with --root
    or --config, else the current folder's taxonomy.yml if there is one."""
    if args.project_given:
        from digest.config import load_config

        return load_config(args.root, args.config).taxonomy
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
    from digest.jsonlines import Field, read_records

    fields = (Field("title"), Field("text"), Field("date"), Field("source"))
    order: list[str] = []

    def items() -> Iterator[ClusterItem]:
        for _, record in read_records(args.file, fields):
            order.append(str(record["id"]))
            yield ClusterItem(
                id=order[-1],
                title=record.get("title") or "",
                text=record.get("text") or "",
                date=record.get("date") or None,
            )

    if getattr(args, "dask", None):
        from digest.cluster.distributed import cluster_distributed
        from digest.distributed import connect

        executor = connect(args.dask)
        try:
            stories = cluster_distributed(items(), executor)
        finally:
            executor.close()
    else:
        stories = cluster_items(list(items()))
    for article_id in order:
        _write_json_line(sys.stdout, {"id": article_id, "story": stories[article_id]})
    return 0


def _cmd_quotes(args: argparse.Namespace) -> int:
    from digest.jsonlines import Field, read_records
    from digest.quotes import extract_quotes

    for _, record in read_records(args.file, (Field("text"),)):
        found = extract_quotes(record.get("text") or "")
        _write_json_line(
            sys.stdout,
            {
                "id": record["id"],
                "quotes": [
                    {"quote": q.text, "speaker": q.speaker, "type": q.type, "score": q.score}
                    for q in found
                ],
            },
        )
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    module = importlib.import_module(f"digest.evaluate.{args.stage}")
    return int(module.main(args.args))


def _write_json_line(out: TextIO, record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
