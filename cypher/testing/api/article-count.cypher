// Bench report: how many articles the graph holds (the count store; constant time).
MATCH (article:Article)
RETURN count(article) AS articles
