"""Named things of a text: mentions, their kinds with evidence, merged names and resolved references."""
