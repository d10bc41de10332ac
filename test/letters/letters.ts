/**
 * A dozen realistic thank-you letters, good and bad, shared by the
 * `checkLetter` tests and the `evaluate` tests. Written for this project.
 *
 * The application: Maya Chen, Data Analyst at Northwind Analytics. The panel
 * of round r1: Tom Baker (Analytics Manager) and Priya Nair (Senior Data
 * Engineer). One letter belongs to a second application (Jonah Okafor, Junior
 * UX Designer at Harbour Health Trust, interviewed by Siobhan Fitzgerald).
 */

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly title: string;
}

export const TOM: Person = { id: 'tom', name: 'Tom Baker', title: 'Analytics Manager' };
export const PRIYA: Person = { id: 'priya', name: 'Priya Nair', title: 'Senior Data Engineer' };
export const SIOBHAN: Person = { id: 'siobhan', name: 'Siobhan Fitzgerald', title: 'Design Lead' };

export interface Application {
  readonly candidate: string;
  readonly employer: string;
  readonly position: string;
  readonly panel: readonly Person[];
}

export const NORTHWIND: Application = {
  candidate: 'Maya Chen',
  employer: 'Northwind Analytics',
  position: 'Data Analyst',
  panel: [TOM, PRIYA],
};

export const HARBOUR: Application = {
  candidate: 'Jonah Okafor',
  employer: 'Harbour Health Trust',
  position: 'Junior UX Designer',
  panel: [SIOBHAN],
};

export interface Letter {
  readonly name: string;
  readonly application: Application;
  readonly to: Person;
  readonly body: string;
  /** Words the host accepts (product names). */
  readonly acceptedWords?: readonly string[];
}

const lines = (...text: string[]) => text.join('\n');

/** Contractions, possessives, hyphens, numbers, curly apostrophes. */
export const tomClassic: Letter = {
  name: 'to Tom, contractions, possessives, hyphens and numbers',
  application: NORTHWIND,
  to: TOM,
  body: lines(
    'Dear Mr. Baker,',
    '',
    'Thank you for meeting with me on Wednesday about the Data Analyst role. I’m still thinking about',
    'your team’s weekly forecast review: it’s exactly the kind of data-driven, well-run process I’d love',
    "to be part of. You're right that the 2nd half of the year is the busy season, and I don't doubt",
    'that cleaning 40% of the inputs by hand gets old fast.',
    '',
    'At my last job I cut a three-hour month-end report down to 20 minutes, and I’d bring that same',
    'hands-on, follow-through attitude to Northwind Analytics. Baker’s rule of thumb, “automate it the',
    'third time,” is one I’ll remember.',
    '',
    'Best regards,',
    'Maya Chen',
  ),
};

/** An e-mail address, URLs, a product name the host accepts, an inner-capital brand. */
export const priyaLinks: Letter = {
  name: 'to Priya, with an e-mail address, URLs and a product name',
  application: NORTHWIND,
  to: PRIYA,
  acceptedWords: ['Databricks'],
  body: lines(
    'Hi Priya,',
    '',
    'I appreciated the tour of your pipeline on Thursday; seeing the Databricks jobs you schedule for the',
    'nightly loads made the engineering side of the Data Analyst job very concrete. As promised, the',
    'notebook I mentioned is at https://github.com/maya-chen/churn-model, and my portfolio lives at',
    'maya-chen.example/work. My LinkedIn profile has the longer story.',
    '',
    'If anything else would help, you can reach me at maya.chen@mail.example or on 555-0142.',
    '',
    'Thanks again,',
    'Maya',
  ),
};

/** A short, warm note: "Good morning", gratitude without the word "thank", the employer's possessive. */
export const priyaShort: Letter = {
  name: 'to Priya, short and warm',
  application: NORTHWIND,
  to: PRIYA,
  body: lines(
    'Good morning Priya,',
    '',
    'I’m grateful for the half hour you spent walking me through Northwind’s data platform yesterday.',
    'Your point about keeping the raw tables immutable has stayed with me, and it matches how I worked',
    'on the survey archive at my university. I hope we get to build on it together.',
    '',
    'Warmly,',
    'Maya Chen',
  ),
};

/** Another application: accents, ordinals, a time, a British employer name. */
export const siobhanDesign: Letter = {
  name: 'to Siobhan, with accents, ordinals and a time',
  application: HARBOUR,
  to: SIOBHAN,
  body: lines(
    'Dear Ms. Fitzgerald,',
    '',
    'Thank you for the video call on the 21st about the Junior UX Designer position. I was glad to hear',
    'that the booking redesign starts in the 3rd quarter; the patient interviews I ran for my final-year',
    'project taught me how much a clear, step-by-step flow matters to people who are anxious or in pain.',
    'I’ve attached an updated résumé with the accessibility audit we discussed at 10:30.',
    '',
    'Kind regards,',
    'Jonah Okafor',
  ),
};

/** Names the other interviewer in the body, as one does, not in the greeting. */
export const tomMentionsPriya: Letter = {
  name: 'to Tom, mentioning Priya outside the greeting',
  application: NORTHWIND,
  to: TOM,
  body: lines(
    'Hello Tom,',
    '',
    'Many thanks for Wednesday’s conversation about the analyst opening at Northwind. The case study on',
    'regional returns was the most enjoyable hour of my week, and it confirmed that I want to work on',
    'problems like that one every day. Please pass my thanks to Priya Nair as well; her questions about',
    'data quality were sharp and fair.',
    '',
    'All the best,',
    'Maya',
  ),
};

/** The good letters: no finding expected. */
export const GOOD: readonly Letter[] = [
  tomClassic,
  priyaLinks,
  priyaShort,
  siobhanDesign,
  tomMentionsPriya,
];

/** Three plain typos. */
export const typos: Letter = {
  name: 'to Tom, with typos',
  application: NORTHWIND,
  to: TOM,
  body: lines(
    'Dear Tom,',
    '',
    'Thank you for the oppurtunity to interview for the Data Analyst role. I definately left with a',
    'clearer picture of the team, and I look forward to hearing when I might recieve news.',
    '',
    'Best,',
    'Maya Chen',
  ),
};

/** "Dear Mr. Bakker" to Tom Baker. */
export const misspeltName: Letter = {
  name: 'to Tom, with his surname misspelt',
  application: NORTHWIND,
  to: TOM,
  body: lines(
    'Dear Mr. Bakker,',
    '',
    'Thank you for your time on Wednesday. I left our talk about the Data Analyst role even keener',
    'to join your team, and I hope my forecasting work shows why I would be a good fit.',
    '',
    'Sincerely,',
    'Maya Chen',
  ),
};

/** A letter to Tom that greets Priya: copied from her note, greeting unchanged. */
export const wrongGreeting: Letter = {
  name: 'to Tom, greeting Priya',
  application: NORTHWIND,
  to: TOM,
  body: lines(
    'Dear Priya,',
    '',
    'Thank you for explaining how the forecasting models feed the sales dashboards. It made the Data',
    'Analyst position feel like a natural next step after my work on demand planning.',
    '',
    'Kind regards,',
    'Maya Chen',
  ),
};

/** Enthusiastic but never thanks. */
export const noThanks: Letter = {
  name: 'to Priya, without a word of thanks',
  application: NORTHWIND,
  to: PRIYA,
  body: lines(
    'Hi Priya,',
    '',
    'It was great to talk about the Data Analyst position yesterday. I have been reading about columnar',
    'storage since then, and I am even more sure that my background in reporting would help your team.',
    '',
    'Speak soon,',
    'Maya',
  ),
};

/** Thanks, but never says what for or where. */
export const noFit: Letter = {
  name: 'to Tom, naming neither the role nor the employer',
  application: NORTHWIND,
  to: TOM,
  body: lines(
    'Dear Tom,',
    '',
    'Thank you so much for your time yesterday. I really enjoyed our conversation and I look forward',
    'to hearing from you soon.',
    '',
    'Best wishes,',
    'Maya Chen',
  ),
};

/** `tomClassic` sent to Priya with the names swapped and one clause changed. */
export const nearCopy: Letter = {
  name: 'to Priya, a near-copy of the letter to Tom',
  application: NORTHWIND,
  to: PRIYA,
  body: tomClassic.body
    .replace('Dear Mr. Baker,', 'Dear Ms. Nair,')
    .replace('Baker’s rule of thumb', 'Nair’s rule of thumb')
    .replace('on Wednesday', 'on Thursday'),
};

/** `priyaLinks` as checked by a host that did not add "Databricks" to the accepted words. */
export const unknownProduct: Letter = {
  name: 'to Priya, a product name the host did not accept',
  application: NORTHWIND,
  to: PRIYA,
  body: priyaLinks.body,
};

/** The bad letters. */
export const BAD: readonly Letter[] = [
  typos,
  misspeltName,
  wrongGreeting,
  noThanks,
  noFit,
  nearCopy,
  unknownProduct,
];
