// One benchmark item per statement text (issue 13 item 6): StatementGroups found by language and the folded
// prefix or suffix of their text.
CREATE CONSTRAINT statement_group_id IF NOT EXISTS FOR (n:StatementGroup) REQUIRE n.id IS UNIQUE;
CREATE INDEX statement_group_prefix IF NOT EXISTS FOR (n:StatementGroup) ON (n.language, n.prefixKey);
CREATE INDEX statement_group_suffix IF NOT EXISTS FOR (n:StatementGroup) ON (n.language, n.suffixKey);
