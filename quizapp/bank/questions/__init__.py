"""From resolved sentences to questions: candidate facts, prompts, options and ranking."""
