// Fills a LinkTable row by row (a page of links from Neo4j at a time, or a generated graph): interns articles,
// statements and claims, grows the typed columns by doubling, and at the end sorts the articles so that article
// indices compare as their ids do. Rows in link id order: the store pages by id; other sources (a generated graph)
// are sorted at the end by the ids' UTF-8 bytes (code point order; ids are ASCII, where it is JavaScript's order).
import { InputError } from "../../shared/errors.js";
import type { ConflictLink, Stance } from "../types.js";
import { idOrder, rowsOrderKeys } from "./link-id-order.js";
import { LINK_KINDS, NO_COMMUNITY, NOT_WRITTEN, type LinkTable } from "./link-table.js";

const encoder = new TextEncoder();

const stanceCode = (stance: Stance | null | undefined): number =>
  stance === "support" ? 1 : stance === "oppose" ? 2 : 0;

type Column = Int32Array | Uint8Array | Int8Array | Float64Array;
const grown = <Array extends Column>(column: Array, size: number): Array => {
  const next = new (column.constructor as new (size: number) => Array)(size);
  next.set(column);
  return next;
};

export class LinkTableBuilder {
  private size = 0;
  private capacity = 1024;
  private byteLength = 0;
  private lastId: string | null = null;
  private sorted = true;
  private readonly articleIndex = new Map<string, number>();
  private readonly statementIndex = new Map<string, number>();
  private readonly claimIndex = new Map<string, number>();
  private readonly articles: string[] = [];
  private readonly statements: string[] = [];
  private readonly claims: string[] = [];
  private columns = {
    source: new Int32Array(this.capacity),
    target: new Int32Array(this.capacity),
    kind: new Uint8Array(this.capacity),
    claim: new Int32Array(this.capacity),
    sourceStatement: new Int32Array(this.capacity),
    targetStatement: new Int32Array(this.capacity),
    sourceStance: new Uint8Array(this.capacity),
    targetStance: new Uint8Array(this.capacity),
    sign: new Int8Array(this.capacity),
    weight: new Float64Array(this.capacity),
    idOffsets: new Int32Array(this.capacity + 1),
  };
  private idBytes = new Uint8Array(this.capacity * 32);

  constructor(private readonly prefix: string) {}

  add(link: ConflictLink): void {
    if (!link.id.startsWith(this.prefix))
      throw new InputError(`conflicts.reduce: link id ${link.id} lacks the run's prefix ${this.prefix}`);
    if (this.lastId !== null && link.id <= this.lastId) this.sorted = false;
    this.lastId = link.id;
    if (this.size === this.capacity) this.grow();
    const row = this.size;
    const columns = this.columns;
    columns.source[row] = intern(link.source, this.articleIndex, this.articles);
    columns.target[row] = intern(link.target, this.articleIndex, this.articles);
    const kind = LINK_KINDS.indexOf(link.kind);
    if (kind < 0) throw new InputError(`conflicts.reduce: link ${link.id} has an unknown kind ${String(link.kind)}`);
    columns.kind[row] = kind;
    columns.claim[row] = link.claim ? intern(link.claim, this.claimIndex, this.claims) : -1;
    columns.sourceStatement[row] = link.sourceStatement
      ? intern(link.sourceStatement, this.statementIndex, this.statements)
      : -1;
    columns.targetStatement[row] = link.targetStatement
      ? intern(link.targetStatement, this.statementIndex, this.statements)
      : -1;
    columns.sourceStance[row] = stanceCode(link.sourceStance);
    columns.targetStance[row] = stanceCode(link.targetStance);
    columns.sign[row] = Math.sign(link.sign ?? 0);
    columns.weight[row] = link.weight;
    const suffix = link.id.slice(this.prefix.length);
    while (this.idBytes.length - this.byteLength < suffix.length * 3)
      this.idBytes = grown(this.idBytes, this.idBytes.length * 2);
    this.byteLength += encoder.encodeInto(suffix, this.idBytes.subarray(this.byteLength)).written;
    columns.idOffsets[row + 1] = this.byteLength;
    this.size += 1;
  }

  finish(): LinkTable {
    if (!this.sorted) this.sortRows();
    const size = this.size;
    const order = this.articles
      .map((_, index) => index)
      .sort((left, right) => compare(this.articles[left]!, this.articles[right]!));
    const rank = new Int32Array(order.length);
    order.forEach((index, position) => (rank[index] = position));
    const columns = this.columns;
    const source = columns.source.slice(0, size).map((index) => rank[index]!);
    const target = columns.target.slice(0, size).map((index) => rank[index]!);
    return {
      size,
      prefix: this.prefix,
      articles: order.map((index) => this.articles[index]!),
      statements: this.statements,
      claims: this.claims,
      source,
      target,
      kind: columns.kind.slice(0, size),
      claim: columns.claim.slice(0, size),
      sourceStatement: columns.sourceStatement.slice(0, size),
      targetStatement: columns.targetStatement.slice(0, size),
      sourceStance: columns.sourceStance.slice(0, size),
      targetStance: columns.targetStance.slice(0, size),
      sign: columns.sign.slice(0, size),
      weight: columns.weight.slice(0, size),
      active: new Uint8Array(size).fill(1),
      community: new Int32Array(size).fill(NO_COMMUNITY),
      writtenCommunity: new Int32Array(size).fill(NOT_WRITTEN),
      idBytes: this.idBytes.slice(0, this.byteLength),
      idOffsets: columns.idOffsets.slice(0, size + 1),
      rowsOrderKeys: rowsOrderKeys(this.idBytes, this.columns.idOffsets, size),
    };
  }

  /** Puts the rows in id order (every column, and the id bytes). */
  private sortRows(): void {
    const size = this.size;
    const order = idOrder(this.idBytes, this.columns.idOffsets, size, this.prefix);
    const columns = this.columns as unknown as Record<string, Column>;
    for (const name of Object.keys(columns)) {
      if (name === "idOffsets") continue;
      const column = columns[name]!;
      const sorted = new (column.constructor as new (size: number) => Column)(column.length);
      for (let position = 0; position < size; position += 1) sorted[position] = column[order[position]!]!;
      columns[name] = sorted;
    }
    const bytes = new Uint8Array(this.byteLength);
    const offsets = new Int32Array(this.columns.idOffsets.length);
    let written = 0;
    for (let position = 0; position < size; position += 1) {
      const row = order[position]!;
      const piece = this.idBytes.subarray(this.columns.idOffsets[row]!, this.columns.idOffsets[row + 1]!);
      bytes.set(piece, written);
      written += piece.length;
      offsets[position + 1] = written;
    }
    this.idBytes = bytes;
    this.columns.idOffsets = offsets;
    this.sorted = true;
  }

  private grow(): void {
    this.capacity *= 2;
    const columns = this.columns;
    for (const name of Object.keys(columns) as (keyof typeof columns)[])
      (columns as Record<string, Column>)[name] = grown(
        columns[name],
        name === "idOffsets" ? this.capacity + 1 : this.capacity,
      );
  }
}

function intern(value: string, index: Map<string, number>, values: string[]): number {
  let position = index.get(value);
  if (position === undefined) {
    position = values.length;
    values.push(value);
    index.set(value, position);
  }
  return position;
}

const compare = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** A table of in-memory links in any order (tests). */
export function linkTableOf(links: readonly ConflictLink[], prefix = ""): LinkTable {
  const builder = new LinkTableBuilder(prefix);
  for (const link of links) builder.add(link);
  return builder.finish();
}
