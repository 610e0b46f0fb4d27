"""Formats of a question bank: the JSON interchange format, CSV uploads and ISO partial dates."""
