// Title, language and the first $characters of text of the given articles (for embeddings and place names).
UNWIND $ids AS articleId
MATCH (article:Article {id: articleId})
RETURN article.id AS id, coalesce(article.title, "") AS title, left(coalesce(article.text, ""), $characters) AS text,
  coalesce(article.language, "en") AS language
ORDER BY id;
