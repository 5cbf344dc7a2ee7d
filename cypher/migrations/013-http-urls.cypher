// Article URLs only as http(s) (issue 12 item 4, issue 17 item 5): a stored URL with another scheme (javascript:, data:, file:, none) is removed and the reason recorded, as ingest (src/ingest/urls.ts) now does for new records.
MATCH (article:Article) WHERE article.url IS NOT NULL
  AND NOT (toLower(trim(article.url)) STARTS WITH "http://" OR toLower(trim(article.url)) STARTS WITH "https://")
SET article.urlDropped = "not an http: or https: URL (removed by migration 013)", article.url = null;
