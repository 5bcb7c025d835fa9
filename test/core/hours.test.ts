import { expect } from '@open-wc/testing';
import { hoursAt, localClock, occursOn, resourceHours, schedulesFor, timeLabel, weekdayLabel } from '../../src/core/hours.js';
import type { Schedule } from '../../src/core/types.js';

const NY = 'America/New_York';
const at = (iso: string) => new Date(iso);
const weekdays9to5: Schedule = { description: 'Mon–Fri 9–5', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' };

describe('hoursAt (fixed clock, America/New_York)', () => {
  it('open on a weekday morning, until 5 PM', () => {
    // 2026-11-30 is a Monday; 15:00Z = 10:00 EST.
    expect(hoursAt([weekdays9to5], at('2026-11-30T15:00:00Z'), NY)).to.deep.equal({
      state: 'open',
      until: { date: '2026-11-30', time: '17:00', day: 'MO', inDays: 0 },
    });
  });

  it('closed in the evening: opens tomorrow at 9; on Friday evening: opens Monday', () => {
    expect(hoursAt([weekdays9to5], at('2026-11-30T23:00:00Z'), NY)).to.deep.equal({
      state: 'closed',
      opens: { date: '2026-12-01', time: '09:00', day: 'TU', inDays: 1 },
    });
    expect(hoursAt([weekdays9to5], at('2026-12-04T23:00:00Z'), NY)).to.deep.equal({
      state: 'closed',
      opens: { date: '2026-12-07', time: '09:00', day: 'MO', inDays: 3 },
    });
  });

  it('follows daylight saving: the same UTC instant is 8:30 EDT (closed) after the change, 9:30 EDT later', () => {
    // Clocks go forward on Sunday 2026-03-08. Monday 12:30Z is 08:30 EDT (a fixed UTC-5 would say 07:30).
    expect(hoursAt([weekdays9to5], at('2026-03-09T12:30:00Z'), NY).state).to.equal('closed');
    // 13:30Z: 09:30 EDT, open; a fixed UTC-5 offset would wrongly say 08:30, closed.
    expect(hoursAt([weekdays9to5], at('2026-03-09T13:30:00Z'), NY).state).to.equal('open');
    // The Friday before the change 13:30Z was 08:30 EST: closed.
    expect(hoursAt([weekdays9to5], at('2026-03-06T13:30:00Z'), NY).state).to.equal('closed');
    // Closing time on the day after the change: 17:00 EDT = 21:00Z.
    expect(hoursAt([weekdays9to5], at('2026-03-09T20:59:00Z'), NY).state).to.equal('open');
    expect(hoursAt([weekdays9to5], at('2026-03-09T21:00:00Z'), NY).state).to.equal('closed');
  });

  it('hours past midnight count for the night they start', () => {
    const nights: Schedule = { description: 'Fri and Sat 8 PM–2 AM', freq: 'WEEKLY', byday: 'FR,SA', opens_at: '20:00', closes_at: '02:00' };
    // Saturday 2026-12-05 01:00 EST (Friday night's run).
    expect(hoursAt([nights], at('2026-12-05T06:00:00Z'), NY)).to.deep.equal({ state: 'open', until: { date: '2026-12-05', time: '02:00', day: 'SA', inDays: 0 } });
    // Sunday 01:00 is still Saturday night's run, though Sunday is not in byday.
    expect(hoursAt([nights], at('2026-12-06T06:00:00Z'), NY).state).to.equal('open');
    // Sunday 03:00: closed until Friday 8 PM.
    expect(hoursAt([nights], at('2026-12-06T08:00:00Z'), NY)).to.deep.equal({ state: 'closed', opens: { date: '2026-12-11', time: '20:00', day: 'FR', inDays: 5 } });
  });

  it('every day 00:00–23:59 is open 24 hours; a weekday-only 24-hour service closes at midnight Friday', () => {
    const always: Schedule = { description: '24/7', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' };
    expect(hoursAt([always], at('2026-11-30T15:00:00Z'), NY)).to.deep.equal({ state: 'open-24h' });
    const weekdays = { ...always, byday: 'MO,TU,WE,TH,FR' };
    expect(hoursAt([weekdays], at('2026-12-04T15:00:00Z'), NY)).to.deep.equal({ state: 'open', until: { date: '2026-12-05', time: '00:00', day: 'SA', inDays: 1 } });
  });

  it('unknown without structured hours or when all of them have expired', () => {
    expect(hoursAt(undefined, at('2026-11-30T15:00:00Z'), NY)).to.deep.equal({ state: 'unknown' });
    expect(hoursAt([{ description: 'Call for hours' }], at('2026-11-30T15:00:00Z'), NY)).to.deep.equal({ state: 'unknown' });
    expect(hoursAt([{ ...weekdays9to5, valid_to: '2026-11-29' }], at('2026-11-30T15:00:00Z'), NY)).to.deep.equal({ state: 'unknown' });
  });

  it('a holiday closure wins over the weekly hours', () => {
    const christmas: Schedule = { description: 'Closed on Christmas Day', freq: 'WEEKLY', byday: 'FR', closed: true, valid_from: '2026-12-25', valid_to: '2026-12-25' };
    expect(hoursAt([weekdays9to5, christmas], at('2026-12-25T15:00:00Z'), NY)).to.deep.equal({
      state: 'closed',
      opens: { date: '2026-12-28', time: '09:00', day: 'MO', inDays: 3 },
    });
    expect(hoursAt([weekdays9to5, christmas], at('2026-12-24T15:00:00Z'), NY).state).to.equal('open');
  });

  it('is evaluated in the zone given: the same instant is open in Los Angeles and closed in New York', () => {
    const instant = at('2026-11-30T23:30:00Z'); // 18:30 in New York, 15:30 in Los Angeles
    expect(hoursAt([weekdays9to5], instant, NY).state).to.equal('closed');
    expect(hoursAt([weekdays9to5], instant, 'America/Los_Angeles').state).to.equal('open');
  });
});

describe('occursOn', () => {
  const day = (iso: string) => Date.parse(iso + 'T00:00:00Z') / 86_400_000;
  it('monthly: second Tuesday, last Friday, last day of the month', () => {
    const second: Schedule = { description: '', freq: 'MONTHLY', byday: '2TU', opens_at: '10:00', closes_at: '12:00' };
    expect(['2026-12-01', '2026-12-08', '2026-12-15'].map((d) => occursOn(second, day(d)))).to.deep.equal([false, true, false]);
    const lastFriday: Schedule = { description: '', freq: 'MONTHLY', byday: '-1FR' };
    expect(['2026-12-18', '2026-12-25'].map((d) => occursOn(lastFriday, day(d)))).to.deep.equal([false, true]);
    const lastDay: Schedule = { description: '', freq: 'MONTHLY', bymonthday: '-1' };
    expect(['2026-12-30', '2026-12-31', '2027-02-28'].map((d) => occursOn(lastDay, day(d)))).to.deep.equal([false, true, true]);
  });
  it('every other week from dtstart, and not before dtstart or after until', () => {
    const biweekly: Schedule = { description: '', freq: 'WEEKLY', byday: 'WE', interval: 2, dtstart: '2026-12-02', until: '2027-01-31' };
    expect(['2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16', '2027-02-10'].map((d) => occursOn(biweekly, day(d)))).to.deep.equal([false, true, false, true, false]);
  });
  it('weekly without byday repeats on the weekday of dtstart', () => {
    expect(occursOn({ description: '', freq: 'WEEKLY', dtstart: '2026-12-03' }, day('2026-12-10'))).to.equal(true);
    expect(occursOn({ description: '', freq: 'WEEKLY', dtstart: '2026-12-03' }, day('2026-12-11'))).to.equal(false);
  });
});

describe('helpers', () => {
  it('localClock reads the civil time in the zone', () => {
    const c = localClock(at('2026-07-01T03:30:00Z'), NY);
    expect(c.minute).to.equal(23 * 60 + 30);
    expect(new Date(c.day * 86_400_000).toISOString().slice(0, 10)).to.equal('2026-06-30');
  });
  it('schedulesFor prefers the location’s structured schedules', () => {
    const loc = { schedules: [{ ...weekdays9to5, opens_at: '08:00' }] };
    expect(schedulesFor({ schedules: [weekdays9to5] }, loc)[0]!.opens_at).to.equal('08:00');
    expect(schedulesFor({ schedules: [weekdays9to5] }, { schedules: [{ description: 'text only' }] })[0]).to.equal(weekdays9to5);
  });
  it('labels times and days for the locale', () => {
    expect(timeLabel('17:00', 'en-US')).to.equal('5 PM');
    expect(timeLabel('09:30', 'en-US')).to.equal('9:30 AM');
    expect(timeLabel('17:00', 'fr')).to.match(/^17/);
    expect(weekdayLabel('MO', 'en-US')).to.equal('Mon');
    expect(weekdayLabel('MO', 'es')).to.equal('lun');
  });
});

describe('resourceHours', () => {
  const nights: Schedule = { description: 'late', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '12:00', closes_at: '20:00' };
  const monday10 = at('2026-11-30T15:00:00Z'); // 10:00 EST
  it('uses the service’s own hours first', () => {
    expect(resourceHours({ schedules: [weekdays9to5], locations: [{ schedules: [nights] }] }, monday10, NY).state).to.equal('open');
  });
  it('otherwise: open if any site is open, until the latest close; else the soonest opening', () => {
    const r = { locations: [{ schedules: [nights] }, { schedules: [weekdays9to5] }, {}] };
    expect(resourceHours(r, monday10, NY)).to.deep.equal({ state: 'open', until: { date: '2026-11-30', time: '17:00', day: 'MO', inDays: 0 } });
    expect(resourceHours(r, at('2026-11-30T13:00:00Z'), NY)).to.deep.equal({ state: 'closed', opens: { date: '2026-11-30', time: '09:00', day: 'MO', inDays: 0 } });
    expect(resourceHours({ locations: [{}] }, monday10, NY)).to.deep.equal({ state: 'unknown' });
  });
  it('at one site: that site’s hours, else the service’s', () => {
    const r = { schedules: [weekdays9to5], locations: [{ schedules: [nights] }, {}] };
    expect(resourceHours(r, monday10, NY, r.locations[0]).state).to.equal('closed');
    expect(resourceHours(r, monday10, NY, r.locations[1]).state).to.equal('open');
  });
});
