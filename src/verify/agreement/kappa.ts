// Inter-rater agreement for nominal labels: Cohen's kappa for two raters (Cohen 1960), κ = (p_o − p_e) / (1 − p_e)
// with p_e from each rater's own marginals; Fleiss' kappa for any fixed number of raters per item (Fleiss 1971).
// NaN when undefined (no items, or chance agreement is already 1).

/** Cohen's kappa of two raters' labels on the same items (same order). */
export function cohenKappa(first: readonly string[], second: readonly string[]): number {
  if (first.length !== second.length)
    throw new RangeError("verify/kappa: Cohen's kappa needs both raters' labels on the same items");
  const n = first.length;
  if (n === 0) return Number.NaN;
  const categories = [...new Set([...first, ...second])];
  const observed = first.filter((label, index) => label === second[index]).length / n;
  const share = (labels: readonly string[], category: string): number =>
    labels.filter((label) => label === category).length / n;
  const expected = categories.reduce((total, category) => total + share(first, category) * share(second, category), 0);
  return expected === 1 ? Number.NaN : (observed - expected) / (1 - expected);
}

/** Fleiss' kappa: `items[i]` holds the labels the raters gave item i (every item rated by the same number ≥ 2). */
export function fleissKappa(items: readonly (readonly string[])[]): number {
  const n = items.length;
  const raters = items[0]?.length ?? 0;
  if (n === 0 || raters < 2) return Number.NaN;
  if (items.some((labels) => labels.length !== raters))
    throw new RangeError("verify/kappa: Fleiss' kappa needs the same number of ratings on every item");
  const categories = [...new Set(items.flat())];
  let agreement = 0;
  const totals = new Map<string, number>();
  for (const labels of items) {
    let pairs = 0;
    for (const category of categories) {
      const count = labels.filter((label) => label === category).length;
      pairs += count * (count - 1);
      totals.set(category, (totals.get(category) ?? 0) + count);
    }
    agreement += pairs / (raters * (raters - 1));
  }
  const observed = agreement / n;
  const expected = categories.reduce((total, category) => total + ((totals.get(category) ?? 0) / (n * raters)) ** 2, 0);
  return expected === 1 ? Number.NaN : (observed - expected) / (1 - expected);
}
