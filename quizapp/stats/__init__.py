"""Statistics over students' answers: pure functions, no Flask or database."""
