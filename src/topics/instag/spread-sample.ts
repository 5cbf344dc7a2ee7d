// The outliers one InsTag round sends to the model: at most `maximum`, spread evenly over the list (deterministic).

/** At most `maximum` items spread evenly over the list (all of them when unset or enough). */
export function spreadSample<Item>(items: readonly Item[], maximum: number | undefined): Item[] {
  if (maximum === undefined || items.length <= maximum) return [...items];
  const step = items.length / maximum;
  return Array.from({ length: maximum }, (_, index) => items[Math.floor(index * step)] as Item);
}
