// Pre-selects a picker from the page URL (`?nation=CN`), adding the option when the list does not hold it, so a
// link (or a test) can open a page on one nation.
/// <reference lib="dom" />

export function chooseFromUrl(select: HTMLSelectElement, parameter: string): void {
  const wanted = new URLSearchParams(location.search).get(parameter);
  if (wanted === null) return;
  if (!Array.from(select.options).some((option) => option.value === wanted)) select.append(new Option(wanted, wanted));
  select.value = wanted;
}
