"""Vietnamese language knowledge shared by every stage: text normalization and folding (`text`), the lexicons of
kg/resources as phrase tries (`lexicon`) and the keys that make two spellings of a name one (`names`)."""
