/**
 * `npm run data`: compiles data/sources + data/annotations into public/data/dataset.json and its JSON Schema.
 * `npm run data:check`: the same build in memory, failing when the committed files differ (stale data).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDatasetLines } from '../../src/data/dataset-lines';
import { compileDataset } from './compile';
import { datasetJsonSchema, toJsonText } from './json-schema';
import { loadBuildInput } from './load-input';
import { formatBuildFailure, Problems } from './problems';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');

// One list for reading and compiling, so that the limit on the problems listed applies to the whole build.
const problems = new Problems();
const result = compileDataset(loadBuildInput(root, problems), problems);
if (!result.ok) {
  console.error(formatBuildFailure(result));
  process.exit(1);
}

const outputs = new Map([
  [join(root, 'public/data/dataset.json'), formatDatasetLines(result.dataset)],
  [join(root, 'public/data/dataset.schema.json'), toJsonText(datasetJsonSchema())],
]);

if (check) {
  const stale = [...outputs].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
  if (stale.length > 0) {
    for (const [path] of stale)
      console.error(`${path.slice(root.length + 1)} is stale: run \`npm run data\` and commit it.`);
    process.exit(1);
  }
} else {
  for (const [path, text] of outputs) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

const { stats } = result;
const ledger = Object.entries(stats.sentencesInLedger)
  .map(([reason, count]) => `${count} ${reason}`)
  .join(', ');
console.log(
  `${check ? 'Verified' : 'Built'} dataset: ${stats.sources} sources, ${stats.actors} actors, ${stats.places} places, ` +
    `${stats.events} events, ${stats.quotes} quotes, ${stats.figures} figures, ${stats.evidence} evidence spans; ` +
    `${stats.quotedPassages} quoted passages checked (${stats.quotedPassagesAsQuotes} quotes, ${stats.quotedPassagesNotSpeech} not speech); ` +
    `${stats.sentences} sentences checked (${stats.sentencesWithEvidence} hold evidence; in the ledger: ${ledger}).`,
);
