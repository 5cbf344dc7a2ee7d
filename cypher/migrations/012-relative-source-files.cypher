// No absolute path of the machine in the graph (issue 12 item 9). SourceFile.path becomes the relative id for files of the corpora root; a file ingested from elsewhere gets the id src/ingest/files.ts now computes ("<file name>#<first 12 hex of sha256 of its absolute path>", its quarantine entries re-keyed to it) and its file name as path; Article.sourceFile keeps only the file name.
MATCH (file:SourceFile) WHERE file.path STARTS WITH "/" AND NOT file.id STARTS WITH "/"
SET file.path = file.id;
MATCH (file:SourceFile) WHERE file.id STARTS WITH "/"
WITH file, file.id AS old, last(split(file.id, "/")) AS name
WITH file, old, name, name + "#" + substring(apoc.util.sha256([old]), 0, 12) AS new
WHERE NOT EXISTS { MATCH (:SourceFile {id: new}) }
SET file.id = new, file.path = name
WITH old, new
MATCH (quarantine:Quarantine {file: old})
SET quarantine.file = new,
  quarantine.id = substring(apoc.util.sha256([new + "\u0000" + quarantine.position + "\u0000" + quarantine.reason]), 0, 32);
MATCH (article:Article) WHERE article.sourceFile STARTS WITH "/"
SET article.sourceFile = last(split(article.sourceFile, "/"));
