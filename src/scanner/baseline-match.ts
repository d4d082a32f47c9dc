/**
 * Which findings a baseline knows, which of its entries nothing matches any
 * more (stale: the finding was fixed), and which moved to another path.
 *
 * A finding matches an entry by fingerprint (keyed hash of detector id, path
 * and value). When none matches, it may match an entry of another path with
 * the same detector id and the same keyed value hash (the value itself, under
 * the same key), and only an entry that the scan judged and matched nothing
 * by fingerprint: first an entry at the old path of a file git reports
 * renamed to the finding's file; else the one such entry there is, when the
 * findings of that value left over are no more than its count. A value copied
 * into a second file therefore stays new while its first file still holds
 * it; two stale entries of one value, or more findings than an entry counted,
 * leave the findings new rather than guess.
 */
import { sortEntries, type BaselineEntry, type BaselineFile } from './baseline.js';
import type { ScanFinding } from './types.js';

/** What a scan read, for judging entries. */
export interface BaselineScope {
  /**
   * True when the scan read the file at `path` in full, or saw it deleted or
   * renamed away: only then does an entry there that nothing matched mean a
   * fixed finding. Files outside the scan's paths, the staged change or the
   * diff, and files it could not read, are not judged.
   */
  readonly judged: (path: string) => boolean;
  /** New path -> old path of each file git reports renamed. */
  readonly renamed?: ReadonlyMap<string, string>;
}

/** Findings matched at another path than the entry's: one new fingerprint. */
export interface MovedMatch {
  readonly path: string;
  readonly fingerprint: string;
  readonly count: number;
}

/** How one baseline entry fared in a scan. */
export interface EntryMatch {
  readonly entry: BaselineEntry;
  /** Findings matched by the entry's own fingerprint (at most its count). */
  readonly exact: number;
  /** Findings matched at another path (a renamed or moved file). */
  readonly moved: readonly MovedMatch[];
  /** The scan read the entry's file (see BaselineScope.judged). */
  readonly judged: boolean;
}

/** The baseline a scan read and how each of its entries fared. */
export interface BaselineResult {
  /** Absolute path of the baseline file. */
  readonly file: string;
  readonly entries: readonly EntryMatch[];
}

/** An entry the scan judged and matched no finding to: its finding was fixed. */
export function isStale(match: EntryMatch): boolean {
  return match.judged && match.exact === 0 && match.moved.length === 0;
}

/**
 * Marks the findings the baseline knows `existing` (at most `count` per
 * entry, findings taken in the order given: path and line) and tells how
 * each entry fared.
 */
export function matchBaseline(findings: readonly ScanFinding[], baseline: BaselineFile, scope: BaselineScope): EntryMatch[] {
  const { entries } = baseline;
  const left = entries.map((e) => e.count);
  const exact = entries.map(() => 0);
  const moved = entries.map(() => new Map<string, { path: string; fingerprint: string; count: number }>());
  const byFingerprint = groupBy(entries.keys(), (i) => entries[i]?.fingerprint ?? '');

  const unmatched: ScanFinding[] = [];
  for (const finding of findings) {
    const i = byFingerprint.get(finding.fingerprint)?.find((j) => (left[j] ?? 0) > 0);
    if (i === undefined) {
      unmatched.push(finding);
      continue;
    }
    left[i] = (left[i] ?? 0) - 1;
    exact[i] = (exact[i] ?? 0) + 1;
    finding.status = 'existing';
  }

  // Path-independent: only entries that were judged, hold a value hash, and matched nothing by fingerprint.
  const judged = entries.map((e) => scope.judged(e.path));
  const candidates = [...entries.keys()].filter((i) => judged[i] === true && exact[i] === 0 && entries[i]?.valueHash !== undefined);
  const byValue = groupBy(candidates, (i) => valueKey(entries[i]?.ruleId ?? '', entries[i]?.valueHash ?? ''));
  const take = (finding: ScanFinding, i: number): void => {
    left[i] = (left[i] ?? 0) - 1;
    const to = moved[i]?.get(finding.fingerprint);
    if (to) to.count++;
    else moved[i]?.set(finding.fingerprint, { path: finding.path, fingerprint: finding.fingerprint, count: 1 });
    finding.status = 'existing';
  };
  // Renames git reports: the entry of the old path.
  const leftOver: ScanFinding[] = [];
  for (const finding of unmatched) {
    const from = scope.renamed?.get(finding.path);
    const i = from === undefined ? undefined : byValue.get(valueKey(finding.ruleId, finding.valueHash))?.find((j) => entries[j]?.path === from && (left[j] ?? 0) > 0);
    if (i === undefined) leftOver.push(finding);
    else take(finding, i);
  }
  // Else the one stale entry of that value, when it counted at least as many findings as are left.
  for (const group of groupBy(leftOver.keys(), (k) => valueKey(leftOver[k]?.ruleId ?? '', leftOver[k]?.valueHash ?? '')).values()) {
    const first = leftOver[group[0] ?? -1];
    const same = first === undefined ? [] : (byValue.get(valueKey(first.ruleId, first.valueHash)) ?? []).filter((j) => moved[j]?.size === 0);
    const i = same.length === 1 ? same[0] : undefined;
    if (i === undefined || group.length > (left[i] ?? 0)) continue;
    for (const k of group) {
      const finding = leftOver[k];
      if (finding) take(finding, i);
    }
  }

  return entries.map((entry, i) => ({ entry, exact: exact[i] ?? 0, moved: [...(moved[i]?.values() ?? [])], judged: judged[i] === true }));
}

/**
 * The baseline without what a scan no longer finds: stale entries dropped,
 * counts lowered to the findings still there, moved entries rewritten to
 * their new path and fingerprint; entries the scan did not judge are kept
 * as they are, and nothing is added.
 */
export function pruneBaseline(
  baseline: BaselineFile,
  matches: readonly EntryMatch[],
): {
  baseline: BaselineFile;
  dropped: BaselineEntry[];
  lowered: { entry: BaselineEntry; count: number }[];
  moved: { entry: BaselineEntry; to: MovedMatch }[];
} {
  const kept: BaselineEntry[] = [];
  const dropped: BaselineEntry[] = [];
  const lowered: { entry: BaselineEntry; count: number }[] = [];
  const movedOut: { entry: BaselineEntry; to: MovedMatch }[] = [];
  for (const match of matches) {
    const { entry } = match;
    if (!match.judged) {
      kept.push(entry);
      continue;
    }
    if (isStale(match)) {
      dropped.push(entry);
      continue;
    }
    const stillThere = match.exact + match.moved.reduce((n, m) => n + m.count, 0);
    if (stillThere < entry.count) lowered.push({ entry, count: stillThere });
    if (match.exact > 0) kept.push({ ...entry, count: match.exact });
    for (const to of match.moved) {
      movedOut.push({ entry, to });
      kept.push({ ...entry, path: to.path, fingerprint: to.fingerprint, count: to.count });
    }
  }
  // Two entries may now share a fingerprint (a value moved beside an entry of its own): one entry, counts added.
  const merged = new Map<string, BaselineEntry>();
  for (const entry of kept) {
    const seen = merged.get(entry.fingerprint);
    merged.set(entry.fingerprint, seen ? { ...seen, count: seen.count + entry.count } : entry);
  }
  return { baseline: { ...baseline, entries: sortEntries([...merged.values()]) }, dropped, lowered, moved: movedOut };
}

function valueKey(ruleId: string, valueHash: string): string {
  return `${ruleId}\u0000${valueHash}`;
}

function groupBy(indices: Iterable<number>, key: (i: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const k = key(i);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}
