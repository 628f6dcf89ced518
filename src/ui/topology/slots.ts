// Stable slots: each item keeps the slot it had in its group as long as it stays in that group; new
// items take the lowest free slots, in the order of their keys. So adding an item never moves another.

export interface Slot {
  readonly group: string;
  readonly slot: number;
}

export interface SlotItem {
  readonly uid: string;
  readonly group: string;
  /** Orders the newcomers of one layout among themselves. */
  readonly key: string;
}

export function assignSlots(items: readonly SlotItem[], previous: ReadonlyMap<string, Slot>): Map<string, Slot> {
  const next = new Map<string, Slot>();
  const used = new Map<string, Set<number>>();
  const usedIn = (group: string): Set<number> => {
    let set = used.get(group);
    if (!set) used.set(group, (set = new Set()));
    return set;
  };
  const newcomers: SlotItem[] = [];
  for (const item of items) {
    const kept = previous.get(item.uid);
    if (kept && kept.group === item.group && !usedIn(item.group).has(kept.slot)) {
      next.set(item.uid, kept);
      usedIn(item.group).add(kept.slot);
    } else {
      newcomers.push(item);
    }
  }
  newcomers.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.uid < b.uid ? -1 : 1));
  const cursor = new Map<string, number>();
  for (const item of newcomers) {
    const taken = usedIn(item.group);
    let slot = cursor.get(item.group) ?? 0;
    while (taken.has(slot)) slot++;
    taken.add(slot);
    cursor.set(item.group, slot + 1);
    next.set(item.uid, { group: item.group, slot });
  }
  return next;
}

/** One more than the highest slot used in each group. */
export function slotCounts(slots: ReadonlyMap<string, Slot>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { group, slot } of slots.values()) counts.set(group, Math.max(counts.get(group) ?? 0, slot + 1));
  return counts;
}
