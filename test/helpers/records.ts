/** A fresh, valid, minimal-but-complete record for tests to tweak. */
export function validRecord(): Record<string, unknown> & {
  interviews: Record<string, unknown>[];
} {
  return {
    id: 'rec-1',
    candidate: { name: 'Maya Chen', timeZone: 'America/New_York' },
    employer: { name: 'Northwind', preferredContact: 'email' },
    position: { title: 'Data Analyst' },
    interviews: [
      {
        id: 'r1',
        startsAt: '2026-11-25T10:00:00-05:00',
        endsAt: '2026-11-25T11:00:00-05:00',
        interviewers: [
          { id: 'p1', name: 'Tom Baker', title: 'Manager', email: 'tom@northwind.example' },
          { id: 'p2', name: 'Priya Nair', title: 'Engineer', email: 'priya@northwind.example' },
        ],
      },
    ],
  };
}

/** A deep copy with `Object.freeze` on every object and array. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
