/** The sample records of examples/records, bundled into the page. */
import panel from '../../records/panel-interview.json';
import rejection from '../../records/rejection.json';
import upcoming from '../../records/upcoming-round.json';

/** A sample record and the `now` that shows it best. */
export interface Sample {
  readonly name: string;
  readonly record: unknown;
  readonly now: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    name: 'Panel interview, one note sent (panel-interview.json)',
    record: panel,
    now: '2026-11-26T09:00:00-05:00',
  },
  {
    name: 'Upcoming second round (upcoming-round.json)',
    record: upcoming,
    now: '2026-11-24T10:00:00Z',
  },
  {
    name: 'Rejection (rejection.json)',
    record: rejection,
    now: '2026-11-23T10:00:00+05:30',
  },
];

/** The example custom rule of examples/custom-rules. */
export { default as EXAMPLE_RULE } from '../../custom-rules/linkedin-rule.json';
