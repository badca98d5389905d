"""Text and number helpers: folding, number literals, Vietnamese syllables, safe regexes."""
