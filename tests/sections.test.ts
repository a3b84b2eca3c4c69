// The section classifier: fixture folders in our own words, and the seeds' gold (≥ 90% of paragraphs right).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { processSource } from '../src/pipeline/index.ts';
import { normalizeForMatch } from '../src/pipeline/normalize.ts';
import { attributions } from '../src/pipeline/sections/attribution.ts';
import { dialogueLines, hostLines } from '../src/pipeline/sections/dialogue.ts';
import { goldDir } from '../scripts/lib/gold.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'sections');
const seeds = join(import.meta.dirname, '..', 'seeds');
const gold = goldDir;

function run(folder: string, fileName: string) {
  return processSource({ fileName, bytes: readFileSync(join(folder, fileName)) });
}

describe('sections: fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const record = run(join(fixtures, name), 'input.txt');
      const sections = record.paragraphs.map((paragraph) => paragraph.section);
      const expectedPath = join(fixtures, name, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(sections)}\n`);
      expect(sections).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      for (const paragraph of record.paragraphs) expect(paragraph.why.length).toBeGreaterThan(0);
    });
  }
});

describe('sections: reasons', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('names the sentences of a mixed statement paragraph that tell events', () => {
    const record = run(join(fixtures, '..', 'facts', 'mixed'), 'input.txt');
    const mixed = record.paragraphs.find((paragraph) => paragraph.text.startsWith('The buses'));
    expect(mixed?.section).toBe('statement');
    expect(mixed?.why).toContain('mixed: sentence 1 reads as event');
  });

  it('prints `file:line section — why` to stderr when CASEFILE_DEBUG includes sections', async () => {
    vi.stubEnv('CASEFILE_DEBUG', 'quotes,sections');
    vi.resetModules();
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const { processSource: debugged } = await import('../src/pipeline/index.ts');
    debugged({ fileName: 'input.txt', bytes: readFileSync(join(fixtures, 'spokesperson-statement', 'input.txt')) });
    expect(lines.filter((line) => line.startsWith('input.txt:'))).toHaveLength(4);
    expect(lines).toContain('input.txt:7 statement — asks a party for comment ("for comment")\n');
  });
});

describe('sections: who a speech verb attributes words to', () => {
  const none = new Set<string>();
  it('reads a speaker before the verb', () => {
    expect(attributions('The council said the review could take until Monday.', none).map((entry) => entry.voice)).toEqual(['official']);
  });

  it('reads a charge made in words ("alleged", "alleges") and an account given ("explains") as attributions, not the adjective', () => {
    expect(attributions('The party alleged that the whole cabinet had approved the purchase.', none).map((entry) => entry.voice)).toEqual(['official']);
    expect(attributions('In his letter, Mr Tavish explains that he no longer trusts the premier.', none).map((entry) => entry.voice)).toEqual(['official']);
    expect(attributions('The alleged bribes were paid through a shell company.', none)).toEqual([]);
  });

  it('reads no speaker where the verb is a passive, negated or not', () => {
    expect(attributions('Several voters were not told that their polling station had moved.', none)).toEqual([]);
    expect(attributions('The crews had been told to wait at the depot.', none)).toEqual([]);
  });

  it('reads no speaker where the verb form modifies a noun', () => {
    expect(attributions('The recount will also cover 38 rejected postal ballots.', none)).toEqual([]);
    expect(attributions('Savers were drawn in with promised returns of 9 per cent.', none)).toEqual([]);
    expect(attributions('The insurer is still reviewing the claims from the storm.', none)).toEqual([]);
  });

  it('reads no speaker in a clause whose object went to the noun before it', () => {
    expect(attributions('It is a review the returning officer says could take until Monday.', none)).toEqual([]);
    expect(attributions('They bought bonds that the company said were backed by invoices.', none)).toEqual([]);
  });

  it('reads no speaker in a relative clause that hangs on a noun, nor in a speech noun after its article', () => {
    expect(attributions('Divers searched the silt that the harbour master described as knee-deep.', none)).toEqual([]);
    expect(attributions('Some passengers had no tickets, a claim that the operator said it would check.', none)).toEqual([]);
    // A "that" after a verb opens what the verb reports: the verb before it still attributes.
    expect(attributions('The minutes showed that the mayor said nothing of the loans.', none)).toHaveLength(1);
  });

  it('reads a body named in lower case as on the record, a ruling as a document, and figures as data whoever compiled them', () => {
    expect(attributions('The coastguard said the trawler had left port without clearance.', none).map((entry) => entry.voice)).toEqual(['official']);
    expect(attributions('According to the ruling, the levy was collected for six years.', none).map((entry) => entry.voice)).toEqual(['media']);
    expect(attributions('Turnout fell to a record low, according to figures compiled by the Anglers Association.', none).map((entry) => entry.voice)).toEqual(['data']);
  });

  it('reads the subject of the first of two coordinated predicates as the speaker of the second', () => {
    expect(attributions('Mayor Ines Vallo placed the whole of the lower town under a curfew and said the army would help.', none).map((entry) => entry.voice)).toEqual(['official']);
  });

  it('reads the name past an age and a relative clause beside it', () => {
    expect(attributions('Baker Tomas Elwin, 52, who was queuing at the door, said the shutters came down without warning.', none).map((entry) => entry.phrase)).toEqual(['Baker Tomas Elwin']);
  });

  it('reads a day or a month in the words before the verb as nobody', () => {
    expect(attributions('The bakery began calling customers on Monday evening and says refunds will follow.', none).map((entry) => entry.voice)).toEqual(['unknown']);
  });

  it('reads the subject after a phrase that opens the sentence on a preposition, not the phrase', () => {
    expect(attributions('At a hearing called by the Marrow Vale Council, the tenants said the lifts had failed for weeks.', none).map((entry) => entry.voice)).toEqual(['unknown']);
    expect(attributions('On Thursday, residents criticised the delay in clearing the drains.', none).map((entry) => entry.phrase)).toEqual(['residents']);
    expect(attributions('During the quarterly call, executives said sales had slowed.', none).map((entry) => entry.voice)).toEqual(['official']);
    // A phrase past the comma that is no preposition still stands in apposition to the subject.
    expect(attributions('Nadia Brell, the head of the board, said the audit was late.', none).map((entry) => entry.voice)).toEqual(['official']);
  });

  it('reads a view held ("believed", "felt that") as words of the one who holds it, not a tremor felt', () => {
    expect(attributions('Chief Inspector Orla Venn believed the evacuation had been well run.', none).map((entry) => entry.voice)).toEqual(['official']);
    expect(attributions('He felt that the crews had done all they could.', none).map((entry) => entry.voice)).toEqual(['official']);
    expect(attributions('The tremor was felt across the valley.', none)).toEqual([]);
  });

  it('reads the speaker after the verb when a clause of its own stands before the comma, not an apposition', () => {
    // "…, said Sen. Ana Roe, chair …": the words before the comma are hers, whatever they name ("residents").
    expect(attributions('The safety of the residents was the first concern, said Sen. Ilse Marrow, chair of the relief board.', none).map((entry) => entry.phrase)).toEqual(['Sen. Ilse Marrow']);
    expect(attributions('The new wing will open in the spring, added the hospital director.', none).map((entry) => entry.phrase)).toEqual(['the hospital director']);
    // A name and its apposition before the verb: the clause after it is what was said.
    expect(attributions('Nadia Brell, from the harbour board, said the quay was safe.', none).map((entry) => entry.phrase)).not.toContain('the quay');
    expect(attributions('Tomas Elwin, who was not at the meeting, called the vote “a stitch-up”.', none).map((entry) => entry.voice)).toEqual(['official']);
  });

  it('reads a sentence-opening adverb as nobody', () => {
    expect(attributions('Earlier, smaller studies have suggested a similar link.', none).map((entry) => entry.voice)).toEqual(['data']);
  });
});

describe('sections: the lines of a script', () => {
  it('reads a speaker named in any case, with a role in brackets, once one of them opens two lines', () => {
    const lines = ['Elke Brandt (harbour master): The anchors held.', 'Question (Radio Nord): Will it sail?', 'Brandt: Not this week.', 'The ferry stays in port.'];
    expect(dialogueLines(lines)).toEqual([true, true, true, false]);
  });

  it('leaves labels that each stand once: a newsletter’s kickers, a dateline', () => {
    expect(dialogueLines(['DONE AT DAWN: The Bill passed at 5.40am.', 'WHAT’S NEXT: The Seanad votes on Tuesday.'])).toEqual([false, false]);
    expect(dialogueLines(['Sydney: Thousands were evacuated on Tuesday.', 'The fire crossed the highway.'])).toEqual([false, false]);
  });

  it('runs a speech on over a paragraph in the first person right after a speaker’s line', () => {
    const lines = ['KOLB: What happens now?', 'TERESA ROE: We wait for the court.', 'I would rather lose by nine than win that way.', 'KOLB: Thank you.', 'The court sits on June 10.'];
    expect(dialogueLines(lines)).toEqual([true, true, true, true, false]);
  });

  it('reads a reader’s message signed with a town ("Pablo, Alicante: …") as a line of the script', () => {
    const lines = ['Nguyen: What did you feel?', 'Do-yoon: Sadness.', 'Pablo, Alicante: The board must go.', 'Nguyen: Thank you.'];
    expect(dialogueLines(lines)).toEqual([true, true, true, true]);
  });

  it('gives a speaker the paragraphs of their speech up to the next line, not a reporter’s account between lines', () => {
    const speech = ['ROE: I will be brief.', 'The period is a ceiling, not a target.', 'Every decision goes to a judge.', 'CHAIR: Thank you.', 'ROE: One more point.'];
    expect(dialogueLines(speech)).toEqual([true, true, true, true, true]);
    const briefing = ['ROE: The video comes out on Monday.', 'Mayor Roe said the family would see it first.', 'ANNA KOLB: Why not today?', 'ROE: No.'];
    expect(dialogueLines(briefing)).toEqual([true, false, true, true]);
  });

  it('finds the host of an interview: the one speaker who asks, named by name, not an office', () => {
    const interview = ['ANNA KOLB: Welcome. What happened on Monday?', 'ELKE BRANDT: The anchors failed.', 'KOLB: Could it happen again?', 'BRANDT: Not this week.'];
    expect(hostLines(interview, dialogueLines(interview))).toEqual([true, false, true, false]);
    // Several speakers ask at a hearing; "Q:" names no one; a senator asks for an office.
    const hearing = ['SEN. JO ROE: Did you test it?', 'ELKE BRANDT: Not enough.', 'SEN. MAX POOLE: Why not?', 'BRANDT: Time.'];
    expect(hostLines(hearing, dialogueLines(hearing))).toEqual([false, false, false, false]);
    const briefing = ['Q: Will it sail?', 'A: Not this week.', 'Q: Why?', 'A: The anchors.'];
    expect(hostLines(briefing, dialogueLines(briefing))).toEqual([false, false, false, false]);
    const panel = ['SEN. JO ROE: Did you test it?', 'ELKE BRANDT: Not enough.', 'ROE: Thank you.'];
    expect(hostLines(panel, dialogueLines(panel))).toEqual([false, false, false]);
  });
});

describe.runIf(existsSync(gold))('sections: the seeds against the gold', () => {
  it('classifies at least 90% of gold paragraphs right', () => {
    let right = 0;
    let total = 0;
    for (const fileName of readdirSync(seeds).filter((name) => name.endsWith('.txt'))) {
      const expected = JSON.parse(readFileSync(join(gold, fileName.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
        paragraphs: Array<{ starts: string; section: string }>;
      };
      const record = run(seeds, fileName);
      for (const paragraph of expected.paragraphs) {
        const prefix = normalizeForMatch(paragraph.starts);
        const found = record.paragraphs.find((candidate) => normalizeForMatch(candidate.text).startsWith(prefix));
        total++;
        if (found?.section === paragraph.section) right++;
      }
    }
    expect(total).toBeGreaterThan(40);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
