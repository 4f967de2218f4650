"""storybot: gather consented stories for Human Learning Systems practice."""

__version__ = "0.1.0"
