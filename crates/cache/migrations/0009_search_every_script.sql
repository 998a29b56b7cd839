-- Search in every script: the index's tokens keep combining marks (Thai and Burmese vowel signs,
-- tone marks and medials are marks: without them a word falls apart at each one), and the indexed
-- text is prepared anew by the next open (see search.rs: words of scripts written without spaces
-- are indexed from each of their letters on). Until then the old text stays searchable.
DROP TABLE users_fts;
CREATE VIRTUAL TABLE users_fts USING fts5 (
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix = '1 2 3'
);
INSERT INTO users_fts (rowid, terms) SELECT rowid, search_terms FROM users;
INSERT OR REPLACE INTO sync_state (key, value) VALUES ('search_terms_outdated', '1');
