"""Question sets as stored: models, the writes that import a bank, and the ``flask bank`` commands."""
