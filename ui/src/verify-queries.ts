// GraphQL documents of the verification page (NaVAB Table 7): the sets, one set's items with their statement text,
// the rater's own labels (to resume), and the label write (append-only, behind the reviewer JWT).
export const SETS = `query Sets { verificationSets(limit: 200, sort: [{ id: ASC }]) { id nation conflictRunId } }`;

export const SET_DETAIL = `query SetDetail($set: ID!, $setId: String!) {
  verificationSets(where: { id: { eq: $set } }, limit: 1) { id nation referenceMethod reference(limit: 1) { id text } }
  verificationItems(where: { setId: { eq: $setId } }, sort: [{ position: ASC }], limit: 250) {
    statementId position raters statement(limit: 1) { text }
  }
}`;

export const MY_LABELS = `query MyLabels($set: String!, $rater: String!) {
  verificationLabels(where: { setId: { eq: $set }, by: { eq: $rater } }, limit: 500) { statementId label }
}`;

export const CREATE_LABEL = `mutation Label($set: String!, $statement: String!, $label: VerificationChoice!, $by: String!) {
  createVerificationLabels(input: [{ setId: $set, statementId: $statement, label: $label, by: $by }]) {
    verificationLabels { id }
  }
}`;
