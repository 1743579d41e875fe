"""digest: turn a folder of collected news pages into a tagged static story site."""

__version__ = "0.1.0"
