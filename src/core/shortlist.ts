/** The visitor's list as data: resource ids in the order added. Pure; its own module so the first script has it without the view model. */

/** The shortlist with `id` added at the end, or removed when it is there. */
export function toggleSaved(shortlist: readonly string[], id: string): string[] {
  return shortlist.includes(id) ? shortlist.filter((s) => s !== id) : [...shortlist, id];
}
