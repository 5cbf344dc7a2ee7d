// Titles of the given articles (hover text of the report scatter).
MATCH (article:Article) WHERE article.id IN $ids
RETURN article.id AS id, coalesce(article.title, left(article.text, 80)) AS title;
