/**
 * `npm run bench:real-tree -- --panel [--check] [--only a,b] [--unjudged out.json] [--json out.json] [--workers N]`
 *
 * Scans the real-tree panel (bench/real-tree/panel.json; trees re-created under
 * .bench/panel by scripts/real-tree-panel.mjs) with the scanner's own `scan()`,
 * the function behind `boundary-guard scan <dir>`: the same walk, binary and
 * size checks, default config, suppressions and synthetic registry a user gets.
 * Every finding is compared with the judged list (bench/real-tree/judgements.json):
 * `real`, `fixture-ok` or `false`, by finding (repo, path, line, detector) or by
 * an explicit rule (repo, path globs, detector). False alarms per MB count the
 * findings judged `false` and every unjudged one. A finding judged `real` that
 * is no longer reported is a recall regression. `--check` exits 1 on either.
 * Output never holds a value: paths, lines, detector ids and reasons only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Minimatch } from 'minimatch';
import { scan } from '../src/scanner/index.js';
import type { ScanFinding } from '../src/scanner/types.js';

const MB = 1024 * 1024;

export type Verdict = 'real' | 'fixture-ok' | 'false';
const VERDICTS: readonly Verdict[] = ['real', 'fixture-ok', 'false'];

interface PanelRepo {
  readonly name: string;
  readonly repo: string;
  readonly commit: string;
  readonly subtree?: string;
}

/** One finding, judged once. */
interface FindingJudgement {
  readonly repo: string;
  readonly path: string;
  readonly line: number;
  readonly detector: string;
  readonly verdict: Verdict;
  readonly reason: string;
}

/** Many findings of one cause, judged together: every finding of `detector` in `repo` ('*': any) under one of `paths`. */
interface RuleJudgement {
  readonly repo: string;
  readonly paths: readonly string[];
  readonly detector: string;
  readonly verdict: Verdict;
  readonly reason: string;
}

interface Judgements {
  readonly rules: readonly RuleJudgement[];
  readonly findings: readonly FindingJudgement[];
}

interface PanelFinding {
  readonly repo: string;
  readonly finding: ScanFinding;
  verdict?: Verdict;
  reason?: string;
  by?: 'finding' | 'rule';
}

export interface PanelOptions {
  readonly panelFile: string;
  readonly judgementsFile: string;
  readonly trees: string;
  readonly only?: readonly string[];
  readonly check: boolean;
  readonly workers: number;
  readonly unjudgedOut?: string;
  readonly jsonOut?: string;
}

const key = (repo: string, path: string, line: number, detector: string): string => `${repo}\u0000${path}\u0000${line}\u0000${detector}`;

function readJudgements(file: string): Judgements {
  if (!existsSync(file)) return { rules: [], findings: [] };
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<Judgements>;
  const problems: string[] = [];
  for (const j of [...(raw.rules ?? []), ...(raw.findings ?? [])]) {
    if (!VERDICTS.includes(j.verdict)) problems.push(`verdict ${JSON.stringify(j.verdict)} (${JSON.stringify(j)})`);
    if (typeof j.reason !== 'string' || j.reason.trim() === '') problems.push(`no reason (${JSON.stringify(j)})`);
  }
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return { rules: raw.rules ?? [], findings: raw.findings ?? [] };
}

export async function runPanel(options: PanelOptions): Promise<number> {
  const panel = JSON.parse(readFileSync(options.panelFile, 'utf8')) as { repositories: PanelRepo[] };
  const repos = panel.repositories.filter((r) => !options.only || options.only.includes(r.name));
  const judgements = readJudgements(options.judgementsFile);
  const byFinding = new Map(judgements.findings.map((j) => [key(j.repo, j.path, j.line, j.detector), j]));
  const rules = judgements.rules.map((r) => ({ ...r, globs: r.paths.map((p) => new Minimatch(p, { dot: true })) }));

  const found: PanelFinding[] = [];
  const perRepo: { name: string; files: number; bytes: number; findings: number; seconds: number; errors: number }[] = [];
  for (const repo of repos) {
    const dir = resolve(options.trees, repo.name);
    const marker = join(dir, '.git', 'panel-commit');
    const stamp = `${repo.commit}${repo.subtree ? `:${repo.subtree}` : ''}`;
    if (!existsSync(marker) || readFileSync(marker, 'utf8').trim() !== stamp) {
      throw new Error(`${dir} is missing or not at ${stamp}: run node scripts/real-tree-panel.mjs`);
    }
    const report = await scan({ cwd: dir, git: false, concurrency: options.workers });
    if (report.root !== dir) throw new Error(`${repo.name}: the scan root is ${report.root}, not the tree ${dir}`);
    for (const finding of report.findings) found.push({ repo: repo.name, finding });
    perRepo.push({ name: repo.name, files: report.stats.files, bytes: report.stats.bytes, findings: report.findings.length, seconds: report.stats.durationMs / 1000, errors: report.errors.length });
  }

  for (const item of found) {
    const { path, line, ruleId } = item.finding;
    const exact = byFinding.get(key(item.repo, path, line, ruleId));
    if (exact) Object.assign(item, { verdict: exact.verdict, reason: exact.reason, by: 'finding' });
    else {
      const rule = rules.find((r) => (r.repo === '*' || r.repo === item.repo) && (r.detector === '*' || r.detector === ruleId) && r.globs.some((g) => g.match(path)));
      if (rule) Object.assign(item, { verdict: rule.verdict, reason: rule.reason, by: 'rule' });
    }
  }
  const reported = new Set(found.map((f) => key(f.repo, f.finding.path, f.finding.line, f.finding.ruleId)));
  const inPanel = new Set(repos.map((r) => r.name));
  const missingReal = judgements.findings.filter((j) => j.verdict === 'real' && inPanel.has(j.repo) && !reported.has(key(j.repo, j.path, j.line, j.detector)));
  const nowQuiet = judgements.findings.filter((j) => j.verdict !== 'real' && inPanel.has(j.repo) && !reported.has(key(j.repo, j.path, j.line, j.detector)));

  const bytes = perRepo.reduce((n, r) => n + r.bytes, 0);
  const mb = bytes / MB;
  const count = (v: Verdict | undefined): number => found.filter((f) => f.verdict === v).length;
  const real = count('real');
  const fixtureOk = count('fixture-ok');
  const falseJudged = count('false');
  const unjudged = count(undefined);
  const falseAlarms = falseJudged + unjudged;

  console.log(`panel: ${repos.length} trees (${options.panelFile}), judged list ${options.judgementsFile} (${judgements.findings.length} findings, ${judgements.rules.length} rules)`);
  console.log('\nby tree (files, MB, findings, false+unjudged, s):');
  for (const r of perRepo) {
    const fa = found.filter((f) => f.repo === r.name && (f.verdict === 'false' || f.verdict === undefined)).length;
    console.log(`  ${r.name.padEnd(14)} ${String(r.files).padStart(6)} ${(r.bytes / MB).toFixed(1).padStart(7)} ${String(r.findings).padStart(6)} ${String(fa).padStart(6)} ${r.seconds.toFixed(1).padStart(6)}${r.errors ? `  ${r.errors} scan errors` : ''}`);
  }
  console.log(`\nscanned ${perRepo.reduce((n, r) => n + r.files, 0)} files, ${mb.toFixed(1)} MB`);
  console.log(`findings: ${found.length}: real ${real}, fixture-ok ${fixtureOk}, false ${falseJudged}, unjudged ${unjudged}`);
  console.log(`false alarms (false + unjudged): ${falseAlarms}, ${(falseAlarms / mb).toFixed(3)} per MB`);
  console.log(`judged findings now quiet: ${nowQuiet.length} (${nowQuiet.filter((j) => j.verdict === 'false').length} false, ${nowQuiet.filter((j) => j.verdict === 'fixture-ok').length} fixture-ok)`);
  console.log(`real findings still reported: ${missingReal.length === 0 ? 'all' : `${judgements.findings.filter((j) => j.verdict === 'real' && inPanel.has(j.repo)).length - missingReal.length} of ${judgements.findings.filter((j) => j.verdict === 'real' && inPanel.has(j.repo)).length}`}`);
  for (const j of missingReal) console.log(`  MISSING real: ${j.repo} ${j.path}:${j.line} ${j.detector} (${j.reason})`);

  console.log('\nby detector (findings, real, fixture-ok, false, unjudged):');
  const detectors = [...new Set(found.map((f) => f.finding.ruleId))];
  const rows = detectors.map((id) => {
    const of = found.filter((f) => f.finding.ruleId === id);
    return { id, n: of.length, real: of.filter((f) => f.verdict === 'real').length, ok: of.filter((f) => f.verdict === 'fixture-ok').length, no: of.filter((f) => f.verdict === 'false').length, un: of.filter((f) => f.verdict === undefined).length };
  });
  for (const r of rows.sort((a, b) => b.no + b.un - (a.no + a.un) || b.n - a.n)) {
    console.log(`  ${r.id.padEnd(36)} ${String(r.n).padStart(5)} ${String(r.real).padStart(5)} ${String(r.ok).padStart(5)} ${String(r.no).padStart(5)} ${String(r.un).padStart(5)}`);
  }

  const causes = new Map<string, number>();
  for (const f of found) if (f.verdict === 'false') causes.set(`${f.finding.ruleId}: ${f.reason}`, (causes.get(`${f.finding.ruleId}: ${f.reason}`) ?? 0) + 1);
  console.log('\ntop false-alarm causes:');
  for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${String(n).padStart(5)}  ${cause}`);

  const open = found.filter((f) => f.verdict === undefined);
  if (open.length > 0) {
    console.log(`\nunjudged (${open.length}${open.length > 40 ? ', first 40' : ''}):`);
    for (const f of open.slice(0, 40)) console.log(`  ${f.repo} ${f.finding.path}:${f.finding.line} ${f.finding.ruleId}${f.finding.keyPath ? ` key ${f.finding.keyPath}` : ''}`);
  }
  if (options.unjudgedOut) {
    // For judging by hand: skeleton entries (no value), to be completed with a verdict and a reason.
    const skeleton = open.map((f) => ({ repo: f.repo, path: f.finding.path, line: f.finding.line, detector: f.finding.ruleId, verdict: '', reason: '', keyPath: f.finding.keyPath, message: f.finding.message }));
    writeFileSync(options.unjudgedOut, `${JSON.stringify(skeleton, null, 1)}\n`);
    console.log(`\nwrote ${skeleton.length} unjudged findings to ${options.unjudgedOut}`);
  }
  if (options.jsonOut) {
    const summary = {
      trees: perRepo,
      mb,
      findings: found.length,
      real,
      fixtureOk,
      false: falseJudged,
      unjudged,
      falseAlarmsPerMb: falseAlarms / mb,
      missingReal: missingReal.map(({ repo, path, line, detector }) => ({ repo, path, line, detector })),
      detectors: rows,
      results: found.map((f) => ({ repo: f.repo, path: f.finding.path, line: f.finding.line, detector: f.finding.ruleId, verdict: f.verdict ?? 'unjudged', by: f.by })),
    };
    writeFileSync(options.jsonOut, `${JSON.stringify(summary, null, 1)}\n`);
  }
  if (options.check && (missingReal.length > 0 || unjudged > 0)) {
    console.log(`\ncheck failed: ${missingReal.length} real findings missing, ${unjudged} unjudged`);
    return 1;
  }
  return 0;
}
