"""Language rules, one folder per language as in spaCy's spacy/lang/<code>/."""
