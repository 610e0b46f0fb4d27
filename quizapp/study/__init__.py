"""The pure core of studying: parsing and grading answers, choosing questions, scheduling reviews, charts.

Nothing here imports Flask or the database; functions take ``now`` and a ``random.Random``.
"""
