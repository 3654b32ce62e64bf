#!/usr/bin/env node
// Generates src/FactPipeline.Core/Model/Lexicon/places.json (every country, territory and CLDR region, named
// in en/id/ko/vi/zh, with Malay and CLDR's short and variant names as aliases) from the CLDR territory names
// of the npm package cldr-localenames-full, and copies the package's licence next to it.
//
//   node scripts/generate-places.mjs                  # fetches the pinned package with `npm pack`
//   node scripts/generate-places.mjs path/to/package  # uses an unpacked cldr-localenames-full
//
// Hand-written news spellings CLDR lacks ("Korsel", "South Korean", "한국") live in places.aliases.json,
// which the lexicon merges at load time: edit that file, not the output of this script.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLDR_PACKAGE = 'cldr-localenames-full';
const CLDR_VERSION = '48.2.0';
const LANGUAGES = ['en', 'id', 'ko', 'vi', 'zh'];
const EXTRA_ALIAS_LANGUAGES = ['ms'];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src/FactPipeline.Core/Model/Lexicon');

// Not places: the United Nations is an organisation (organisations.json), the rest are placeholders.
const SKIPPED = new Set(['UN', 'XA', 'XB', 'ZZ', 'QO', '001']);
// Blocs CLDR lists among territories.
const BLOCS = { EU: 'eu', EZ: 'eurozone' };
// CLDR's numeric UN M.49 regions get readable ids.
const REGIONS = {
  '002': 'africa', '003': 'north-america', '005': 'south-america', '009': 'oceania', '011': 'western-africa',
  '013': 'central-america', '014': 'eastern-africa', '015': 'northern-africa', '017': 'middle-africa',
  '018': 'southern-africa', '019': 'americas', '021': 'northern-america', '029': 'caribbean', '030': 'eastern-asia',
  '034': 'southern-asia', '035': 'southeast-asia', '039': 'southern-europe', '053': 'australasia', '054': 'melanesia',
  '057': 'micronesian-region', '061': 'polynesia', '142': 'asia', '143': 'central-asia', '145': 'western-asia',
  '150': 'europe', '151': 'eastern-europe', '154': 'northern-europe', '155': 'western-europe',
  '202': 'sub-saharan-africa', '419': 'latin-america',
};
// Dependent territories and special areas, as opposed to sovereign (or de facto) countries.
const TERRITORIES = new Set(('AC AI AQ AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA EH FK FO GF GG GI GL GP GS GU HK HM '
  + 'IC IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TA TC TF TK UM VG VI WF YT').split(' '));
// Where CLDR's full name is a legal form news rarely uses, its short form is the display name.
const PREFER_SHORT = new Set(['HK', 'MO', 'PS', 'MM']);

function cldrDirectory() {
  const given = process.argv[2];
  if (given) {
    return resolve(given);
  }
  const temp = mkdtempSync(join(tmpdir(), 'cldr-'));
  const tarball = execFileSync('npm', ['pack', `${CLDR_PACKAGE}@${CLDR_VERSION}`, '--silent'], { cwd: temp, encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: temp });
  return join(temp, 'package');
}

function territories(dir, language) {
  const file = join(dir, 'main', language, 'territories.json');
  return JSON.parse(readFileSync(file, 'utf8')).main[language].localeDisplayNames.territories;
}

/** Spellings news uses for one CLDR name: "&" spelled out, "St." as "Saint", parts of "Myanmar (Burma)", no hyphen. */
function variants(name, language) {
  const out = new Set([name]);
  const and = { en: 'and', id: 'dan', ms: 'dan', vi: 'và' }[language];
  if (and && name.includes(' & ')) {
    out.add(name.replace(' & ', ` ${and} `));
  }
  if (name.startsWith('St. ')) {
    out.add('Saint ' + name.slice(4));
  }
  const parenthesised = /^(.*?)\s*[(（](.+?)[)）]\s*$/.exec(name);
  if (parenthesised) {
    out.add(parenthesised[1].trim());
    // "Myanmar (Burma)" → "Burma"; abbreviations and qualifiers ("(DRC)", "(Republic)") are not names alone.
    const inner = parenthesised[2].trim();
    if (/^\p{Lu}\p{Ll}{3,}$/u.test(inner) && !['Republic', 'Republik'].includes(inner)) {
      out.add(inner);
    }
  }
  for (const n of [...out]) {
    if (/\p{Script=Latin}/u.test(n) && /\p{L}-\p{L}/u.test(n)) {
      out.add(n.replace(/(\p{L})-(\p{L})/gu, '$1 $2'));
    }
    if (language === 'ko' && n.includes(' ')) {
      out.add(n.replaceAll(' ', '')); // Korean news often closes up the spaces: 중앙아프리카공화국
    }
  }
  return [...out];
}

const fold = s => s.toLocaleLowerCase('en-US');
const withoutParentheses = s => s.replace(/\s*[(（][^)）]*[)）]\s*$/u, '').trim() || s;
// Text with a parenthesis is matched through its parts, never verbatim.
const hasParentheses = s => /[(（)）]/u.test(s);

function build(dir) {
  const names = Object.fromEntries([...LANGUAGES, ...EXTRA_ALIAS_LANGUAGES].map(l => [l, territories(dir, l)]));
  const codes = Object.keys(names.en).filter(k => !k.includes('-alt-') && !SKIPPED.has(k));
  const places = [];
  for (const code of codes) {
    const id = BLOCS[code] ?? REGIONS[code] ?? (/^[A-Z]{2}$/.test(code) ? code.toLowerCase() : null);
    if (!id) {
      throw new Error(`No id for CLDR territory ${code}: add it to REGIONS or SKIPPED.`);
    }
    const type = BLOCS[code] ? 'bloc' : REGIONS[code] ? 'region' : TERRITORIES.has(code) ? 'territory' : 'country';
    const display = {};
    const aliases = new Set();
    for (const language of [...LANGUAGES, ...EXTRA_ALIAS_LANGUAGES]) {
      const table = names[language];
      const full = table[code];
      const short = table[`${code}-alt-short`];
      const all = [full, short, table[`${code}-alt-variant`], ...Object.entries(table)
        .filter(([k]) => k.startsWith(`${code}-alt-`) && !k.endsWith('-short') && !k.endsWith('-variant'))
        .map(([, v]) => v)].filter(Boolean);
      if (LANGUAGES.includes(language)) {
        // "Myanmar (Burma)" displays as "Myanmar"; its parts are aliases.
        display[language] = PREFER_SHORT.has(code) ? short || withoutParentheses(full) : full || names.en[code];
      }
      for (const name of all) {
        // Malay short forms ("A.S", "PBB") collide with other words; its full names are useful aliases.
        if (language === 'ms' && name === short) {
          continue;
        }
        variants(name, language).forEach(v => aliases.add(v));
      }
    }
    places.push({ id, type, code, display, aliases });
  }
  // A spelling two places share ("Congo" for both Congos) names neither: drop it and say so.
  const owners = new Map();
  for (const p of places) {
    for (const a of [...p.aliases, ...Object.values(p.display)]) {
      const key = fold(a);
      owners.set(key, new Set([...(owners.get(key) ?? []), p.id]));
    }
  }
  const dropped = [...owners].filter(([, ids]) => ids.size > 1);
  for (const [key, ids] of dropped) {
    console.warn(`ambiguous, dropped: "${key}" (${[...ids].join(', ')})`);
  }
  const ambiguous = new Set(dropped.map(([key]) => key));
  const clash = places.flatMap(p => Object.values(p.display)).find(d => ambiguous.has(fold(d)));
  if (clash) {
    throw new Error(`Display name "${clash}" names two places: choose another in the script.`);
  }
  return places
    .map(p => {
      const displayFolded = new Set(Object.values(p.display).map(fold));
      const aliases = [...p.aliases]
        .filter(a => !displayFolded.has(fold(a)) && !ambiguous.has(fold(a)) && !hasParentheses(a))
        .sort((a, b) => a.localeCompare(b, 'en'));
      return {
        id: p.id,
        type: p.type,
        cldr: p.code,
        names: Object.fromEntries(LANGUAGES.map(l => [l, p.display[l]])),
        aliases: [...new Set(aliases)],
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

const dir = cldrDirectory();
const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const places = build(dir);
const file = {
  _comment: `Generated by scripts/generate-places.mjs from ${CLDR_PACKAGE} ${version} (CLDR territory names, `
    + 'Unicode License v3: LICENSE-CLDR.txt). Do not edit: news spellings and display overrides go in places.aliases.json.',
  source: `${CLDR_PACKAGE}@${version}`,
  places,
};
// One place per line keeps the diff of a regeneration readable.
const body = places.map(p => '    ' + JSON.stringify(p)).join(',\n');
const text = `{\n  "_comment": ${JSON.stringify(file._comment)},\n  "source": ${JSON.stringify(file.source)},\n  "places": [\n${body}\n  ]\n}\n`;
writeFileSync(join(outDir, 'places.json'), text);
if (existsSync(join(dir, 'LICENSE'))) {
  copyFileSync(join(dir, 'LICENSE'), join(outDir, 'LICENSE-CLDR.txt'));
}
console.log(`wrote ${places.length} places (${places.filter(p => p.type === 'country').length} countries) to ${join(outDir, 'places.json')}`);
