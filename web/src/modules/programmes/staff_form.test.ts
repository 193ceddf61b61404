import { describe, expect, it } from 'vitest';
import { parseEuros, programmeInput, programmeText, roundInput, roundText } from './staff_form';
import type { ProgrammeInput, Round } from './types';

const leerlab: ProgrammeInput = {
  title: 'Leerlab', provider: 'VO-academie', co_producers: ['Het Opleidingshuis'], summary: '',
  audience: [{ sector: 'VO', role: 'Schoolleider' }, { sector: 'PO', role: '(Con)rector' }], goals: ['Doel'], themes: [],
  parts: [{ name: "Thema's", hours: 100, description: 'vijf thema\'s' }], registration_points: 0, price_cents: 90000,
  price_includes_vat: false, vat_percent: 21, price_on_request: false, in_company: false, duration: '6 bijeenkomsten',
  contact_name: '', contact_email: '', contact_phone: '', enrolment_rule: 'with_colleague', address_after_enrolment: false,
  published: true,
};

describe('staff forms', () => {
  it('reads amounts in euros as people type them', () => {
    expect(parseEuros('900')).toBe(90000);
    expect(parseEuros('900,00')).toBe(90000);
    expect(parseEuros('€ 1.089,50')).toBe(108950);
    expect(parseEuros('negen')).toBeNull();
    expect(parseEuros('9,999')).toBeNull();
  });

  it('turns a programme into lines and back without losing anything', () => {
    const { input, problems } = programmeInput(programmeText(leerlab), 3);
    expect(problems).toEqual({});
    expect(input).toEqual({ ...leerlab, version: 3 });
  });

  it('names the field of each problem', () => {
    const text = { ...programmeText(leerlab), audience: 'XX: Iemand', parts: 'Thema | veel', priceEuros: 'gratis', title: ' ' };
    expect(Object.keys(programmeInput(text).problems).sort()).toEqual(['audience', 'parts', 'price_cents', 'title']);
  });

  it('keeps the ids of groups and sessions that stay when a round is edited', () => {
    const round: Round = {
      id: 5, programme_id: 1, name: 'Najaar', example_dates: true, enrolment_closes_at: '', enrolment_closes_on: '2027-09-15',
      state: 'open', groups: [{ id: 7, name: 'Groep 1', capacity: 20 }], tracks: [{ id: 8, name: 'Ontwerp' }],
      sessions: [{ id: 9, title: 'Dag 1', starts_at: '', ends_at: '', date: '2027-10-11', start: '10:00', end: '16:00',
        place: 'Picnic, Utrecht', address: '', group_id: 7, part: 0, credit_minutes: 360 }],
    };
    const text = roundText(round);
    expect(text.sessions).toBe('2027-10-11 | 10:00 | 16:00 | Dag 1 | Picnic, Utrecht |  | Groep 1 | 1 | 6');
    const edited = { ...text, groups: `${text.groups}\nGroep 2 | 15`, sessions: `${text.sessions}\n2027-11-09 | 10:00 | 16:00 | Dag 2 | Amsterdam | | Groep 2` };
    const { input, problems } = roundInput(edited, round);
    expect(problems).toEqual({});
    expect(input.groups).toEqual([{ id: 7, name: 'Groep 1', capacity: 20 }, { name: 'Groep 2', capacity: 15 }]);
    expect(input.tracks).toEqual([{ id: 8, name: 'Ontwerp' }]);
    expect(input.sessions[0]).toMatchObject({ id: 9, group_id: 7, part: 0, credit_minutes: 360 });
    expect(input.sessions[1]).toMatchObject({ title: 'Dag 2', group_id: -2 });
    expect(input.sessions[1]).not.toHaveProperty('id');
  });

  it('names a new round\'s groups by position and refuses unknown groups and bad dates', () => {
    const text = { name: 'Nieuw', exampleDates: false, closesOn: '2027-01-15', groups: 'A | 10\nB | 10', tracks: '',
      sessions: '2027-02-04 | 10:00 | 17:00 | Dag 1 | Utrecht | | B' };
    expect(roundInput(text, null).input.sessions[0].group_id).toBe(1);
    expect(roundInput({ ...text, sessions: '2027-02-04 | 10:00 | 17:00 | Dag 1 | Utrecht | | C' }, null).problems.sessions).toBeTruthy();
    expect(roundInput({ ...text, closesOn: '15-01-2027' }, null).problems.enrolment_closes_on).toBeTruthy();
  });
});
