// GraphQL documents of the topic browser (read-only; each narrowed by an id or an indexed property).

export const NATIONS = `query { nations(limit: 50, sort: [{ code: ASC }]) { code name } }`;
export const MAPS = `query Maps($nation: String!) {
  topicMaps(where: { nation: { eq: $nation } }, limit: 20, sort: [{ createdAt: DESC }]) { id runId scope createdAt }
}`;
export const MAP = `query Map($id: ID!) { topicMaps(where: { id: { eq: $id } }) { id runId scope articleIds x y topicRanks clusterLabels } }`;
export const TOPICS = `query Topics($runId: String!, $scope: String!) {
  topics(where: { runId: { eq: $runId }, scope: { eq: $scope } }, limit: 200, sort: [{ rank: ASC }]) {
    id rank label keywords size method valueRelated screeningReason reviews(limit: 5) { decision by reason }
  }
}`;
export const TOPICS_OF_NATION = `query NationTopics($nation: String!) {
  topics(where: { nation: { eq: $nation } }, limit: 200, sort: [{ size: DESC }]) {
    id rank label keywords size method valueRelated screeningReason reviews(limit: 5) { decision by reason }
  }
}`;
export const ARTICLE = `query Article($id: ID!) { articles(where: { id: { eq: $id } }) { id title date outlet { name } } }`;
