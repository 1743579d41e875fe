from digest.cli import run

raise SystemExit(run())
