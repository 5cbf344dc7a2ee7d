// The UI's only way to the data: POST a GraphQL document to /graphql and return `data`, or throw its errors.
/// <reference lib="dom" />

export interface GraphQLFailure {
  message: string;
  extensions?: { code?: string };
}

export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(readonly errors: GraphQLFailure[]) {
    super(errors.map((error) => error.message).join("; "));
  }
}

/** Runs `document` with `variables`; `token` (a reviewer JWT) is sent as a Bearer header when given. */
export async function graphql<Data>(
  document: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Data> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== undefined && token !== "") headers.authorization = `Bearer ${token}`;
  const response = await fetch("/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: GraphQLFailure[] };
  if (body.errors !== undefined && body.errors.length > 0) throw new GraphQLRequestError(body.errors);
  if (body.data === undefined) throw new GraphQLRequestError([{ message: `HTTP ${response.status} without data` }]);
  return body.data;
}
