// Which of the given verification item ids (<setId>/<statementId>) exist (the label guard of the API).
UNWIND $ids AS id
MATCH (item:VerificationItem {id: id})
RETURN item.id AS id;
