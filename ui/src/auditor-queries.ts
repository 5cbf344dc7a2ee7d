// GraphQL documents of the conflict-cycle auditor (read-only; all paginated to stay under the API's cost limit).
import { STATEMENT_FIELDS } from "./statement-panel.js";

export const NATIONS = `query Nations { nations(limit: 50, sort: [{ code: ASC }]) { code name } }`;

export const ROUNDS = `query Rounds($nation: ID!) { conflictRoundsOfNation(nation: $nation) }`;

export const CYCLES = `query Cycles($nation: ID!, $round: Int!) {
  conflictCyclesOfNation(nation: $nation, round: $round, limit: 100) { id round length dominantStance runId }
}`;

export const CYCLE_DETAIL = `query CycleDetail($id: ID!) {
  conflictCycles(where: { id: { eq: $id } }, limit: 1) {
    id round length dominantStance links
    articles(limit: 30) {
      id title
      outlet(limit: 1) { name }
      statements(limit: 10) { id text stance active }
      linksConnection(first: 30) { edges { properties { id kind weight why active deactivatedRound deactivatedReason } node { id } } }
    }
    deactivatedConnection(first: 50) { edges { properties { round reason } node { id } } }
  }
}`;

export const STATEMENT_DETAIL = `query StatementDetail($id: ID!) {
  statements(where: { id: { eq: $id } }, limit: 1) { ${STATEMENT_FIELDS} }
}`;
