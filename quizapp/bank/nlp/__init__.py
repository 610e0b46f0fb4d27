"""The spaCy pipeline: tagger, parser and named entities over a text's sentences."""
