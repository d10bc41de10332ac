import { readCorpus, runCorpus } from '../bench/letter-corpus.js';
import { checkLetter } from '../src/letters/index.js';

const loc = (process.argv[2] ?? 'fr') as 'fr';
const r = await runCorpus(readCorpus(loc), checkLetter);
console.log('FA', r.falseAlarmRate, 'recall', r.recall);
for (const f of r.falseAlarms) console.log('FALSE', JSON.stringify(f));
for (const f of r.missed) console.log('MISSED', JSON.stringify(f));
for (const f of r.extra) console.log('EXTRA', JSON.stringify(f));
