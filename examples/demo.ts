/**
 * `npm run demo`: parse the bundled sample records and print each round's
 * thank-you deadline (two business days, US holidays for New York).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBusinessDays } from '../src/calendar/business-days.js';
import { resolveHolidays } from '../src/calendar/holidays.js';
import { endOfLocalDay, formatInstant, localDateOf } from '../src/calendar/local-date.js';
import { parseRecord } from '../src/index.js';

const dir = join(import.meta.dirname, 'records');
const holidays = await resolveHolidays({ country: 'US' });
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const record = parseRecord(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const zone = record.candidate.timeZone ?? 'UTC';
  console.log(
    `${file}: ${record.candidate.name} — ${record.position.title} at ${record.employer.name} (${zone})`,
  );
  for (const round of record.interviews) {
    const day = localDateOf(Date.parse(round.endsAt ?? round.startsAt), zone);
    const due = addBusinessDays(day, 2, holidays);
    console.log(
      `  round ${round.id} on ${day}: thank-you notes due ${formatInstant(endOfLocalDay(due.date, zone), zone)}`,
    );
  }
}
