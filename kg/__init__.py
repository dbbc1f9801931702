"""kg: knowledge graphs of people, positions and organizations from Vietnamese news."""

__version__ = "0.9.0"
