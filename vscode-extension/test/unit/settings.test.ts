import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  isValidDuration,
  isValidToday,
  isValidWorkweek,
  openSettingCommand,
  serverCommand,
  toJvmArgs,
  toServerSettings,
} from '../../src/settings';

describe('isValidToday', () => {
  it('accepts a date and a date-time', () => {
    assert.ok(isValidToday('2026-11-20'));
    assert.ok(isValidToday('2026-11-20 14:30'));
    assert.ok(isValidToday('2028-02-29'));
  });
  it('rejects dates that are not on the calendar', () => {
    assert.ok(!isValidToday('2026-02-30'));
    assert.ok(!isValidToday('2027-02-29'));
    assert.ok(!isValidToday('2026-13-01'));
    assert.ok(!isValidToday('2026-00-10'));
  });
  it('rejects other shapes and impossible times', () => {
    assert.ok(!isValidToday('2026-9-5'));
    assert.ok(!isValidToday('2026-11-20T14:30'));
    assert.ok(!isValidToday('2026-11-20 24:00'));
    assert.ok(!isValidToday('2026-11-20 12:60'));
    assert.ok(!isValidToday('today'));
  });
});

describe('isValidDuration', () => {
  it('accepts a whole number of hours, days or weeks', () => {
    for (const value of ['4h', '1d', '2w', '24h', '0d', '007d', '1000000w', '1wd', '10wd']) {
      assert.ok(isValidDuration(value), value);
    }
  });
  it('rejects what the server would not count and what is not the language\'s syntax', () => {
    for (const value of ['', 'd', '90m', '1.5d', '4H', '4 h', '1d2h', '-1d', '+4h', '\u0664h', '1000001d', '99999999999999999999h', 'wd', '1dw', '1w d']) {
      assert.ok(!isValidDuration(value), value);
    }
  });
  it('agrees with the pattern of the settings in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const properties = manifest.contributes.configuration.properties;
    for (const setting of ['touchbase.respondWithin', 'touchbase.cadence', 'touchbase.remindEvery',
      'touchbase.confirmWithin']) {
      const pattern = new RegExp(properties[setting].pattern, 'u');
      assert.equal(properties[setting].default, '');
      assert.ok(pattern.test(''), `${setting}: empty`);
      for (const value of ['4h', ' 1d ', '2w', '0d', '007d', '1000000w', '1wd', '90m', '1.5d', '4H', '4 h', '-1d', '+4h', '1000001d', '1dw']) {
        assert.equal(pattern.test(value), isValidDuration(value.trim()), `${setting}: ${JSON.stringify(value)}`);
      }
    }
  });
});

describe('toServerSettings', () => {
  it('maps an empty section to the defaults', () => {
    assert.deepEqual(toServerSettings(undefined), { settings: { today: '', locale: '', rules: {} }, problems: [] });
    assert.deepEqual(toServerSettings({}), { settings: { today: '', locale: '', rules: {} }, problems: [] });
  });
  it('passes valid values through', () => {
    const mapped = toServerSettings({
      today: '2026-11-20 09:15',
      locale: 'ru',
      rules: { 'aimless-touch': 'off', 'touch-gap': 'error' },
    });
    assert.deepEqual(mapped, {
      settings: { today: '2026-11-20 09:15', locale: 'ru', rules: { 'aimless-touch': 'off', 'touch-gap': 'error' } },
      problems: [],
    });
  });
  it('trims today and folds inner spaces', () => {
    assert.equal(toServerSettings({ today: ' 2026-11-20   10:00 ' }).settings.today, '2026-11-20 10:00');
  });
  it('drops an invalid today and says so', () => {
    const mapped = toServerSettings({ today: '2026-02-30' });
    assert.equal(mapped.settings.today, '');
    assert.equal(mapped.problems.length, 1);
    assert.match(mapped.problems[0], /touchbase\.today "2026-02-30"/);
  });
  it('drops a locale other than en, ru or empty', () => {
    const mapped = toServerSettings({ locale: 'de' });
    assert.equal(mapped.settings.locale, '');
    assert.match(mapped.problems[0], /touchbase\.locale "de"/);
  });
  it('normalises the case of severities and drops unknown ones', () => {
    const mapped = toServerSettings({ rules: { 'no-goals': 'Warning', 'no-plan': 'loud', 'late-reply': 3 } });
    assert.deepEqual(mapped.settings.rules, { 'no-goals': 'warning' });
    assert.equal(mapped.problems.length, 2);
    assert.match(mapped.problems[0], /"no-plan" must be error, warning, info, hint or off/);
  });
  it('refuses to configure a language rule', () => {
    const mapped = toServerSettings({ rules: { syntax: 'off' } });
    assert.deepEqual(mapped.settings.rules, {});
    assert.match(mapped.problems[0], /"syntax" is a language rule/);
  });
  it('ignores rules that are not an object', () => {
    const mapped = toServerSettings({ rules: ['no-goals'] });
    assert.deepEqual(mapped.settings.rules, {});
    assert.equal(mapped.problems.length, 1);
  });
  it('passes respondWithin and cadence through, trimmed', () => {
    const mapped = toServerSettings({ respondWithin: ' 4h ', cadence: '2w' });
    assert.deepEqual(mapped, {
      settings: { today: '', locale: '', rules: {}, respondWithin: '4h', cadence: '2w' },
      problems: [],
    });
    assert.equal(toServerSettings({ respondWithin: '24h', cadence: '1d' }).settings.respondWithin, '24h');
  });
  it('passes remindEvery and confirmWithin through, trimmed, and leaves them out when empty', () => {
    const mapped = toServerSettings({ remindEvery: ' 5d ', confirmWithin: '2wd' });
    assert.equal(mapped.settings.remindEvery, '5d');
    assert.equal(mapped.settings.confirmWithin, '2wd');
    const empty = toServerSettings({ remindEvery: '', confirmWithin: ' ' });
    assert.ok(!('remindEvery' in empty.settings));
    assert.ok(!('confirmWithin' in empty.settings));
  });
  it('leaves out an empty respondWithin or cadence, which the server would refuse', () => {
    const mapped = toServerSettings({ respondWithin: '', cadence: '   ' });
    assert.deepEqual(mapped, { settings: { today: '', locale: '', rules: {} }, problems: [] });
    assert.ok(!('respondWithin' in mapped.settings));
    assert.ok(!('cadence' in mapped.settings));
  });
  it('drops an invalid respondWithin or cadence and says so', () => {
    const mapped = toServerSettings({ respondWithin: '90m', cadence: '2 weeks' });
    assert.deepEqual(mapped.settings, { today: '', locale: '', rules: {} });
    assert.deepEqual(mapped.problems, [
      'touchbase.respondWithin "90m" is not a duration such as 4h, 1d, 2w or 1wd; respondWithin from touchbase.json, else 1wd, is used.',
      'touchbase.cadence "2 weeks" is not a duration such as 4h, 1d, 2w or 1wd; cadence from touchbase.json, else 14d, is used.',
    ]);
    assert.match(toServerSettings({ cadence: '-1d' }).problems[0], /touchbase\.cadence "-1d"/);
    assert.match(toServerSettings({ respondWithin: '1000001h' }).problems[0], /touchbase\.respondWithin "1000001h"/);
  });
  it('says respondWithin and cadence must be strings', () => {
    const mapped = toServerSettings({ respondWithin: 4, cadence: { days: 14 } });
    assert.deepEqual(mapped.settings, { today: '', locale: '', rules: {} });
    assert.deepEqual(mapped.problems, [
      'touchbase.respondWithin must be a string such as "1wd"; respondWithin from touchbase.json, else 1wd, is used.',
      'touchbase.cadence must be a string such as "14d"; cadence from touchbase.json, else 14d, is used.',
    ]);
    assert.deepEqual(toServerSettings({ respondWithin: null }).problems, []);
  });
  it('passes a working week and holidays through, and drops what is not one', () => {
    assert.deepEqual(toServerSettings({ workweek: ' sun-thu ', holidays: ['2026-11-04', ' 2026-12-31 '] }).settings, {
      today: '',
      locale: '',
      rules: {},
      workweek: 'sun-thu',
      holidays: ['2026-11-04', '2026-12-31'],
    });
    assert.deepEqual(toServerSettings({ workweek: '', holidays: [] }).settings, { today: '', locale: '', rules: {} });
    const bad = toServerSettings({ workweek: 'mon-fry', holidays: ['2026-11-31', 4, '2026-11-04'] });
    assert.deepEqual(bad.settings, { today: '', locale: '', rules: {}, holidays: ['2026-11-04'] });
    assert.equal(bad.problems.length, 3);
    assert.match(bad.problems[0], /touchbase\.workweek "mon-fry"/);
  });
  it('reads working weeks as the server does', () => {
    for (const value of ['mon-fri', 'sun-thu', 'sat-wed', 'mon,tue,wed,thu', 'Mon, wed-fri']) {
      assert.ok(isValidWorkweek(value), value);
    }
    for (const value of ['', 'monday', 'mon-fri-sat', 'mon;tue', 'mon-']) {
      assert.ok(!isValidWorkweek(value), value);
    }
  });
  it('keeps rule ids it does not know, for newer servers', () => {
    assert.deepEqual(toServerSettings({ rules: { 'some-new-rule': 'hint' } }).settings.rules, { 'some-new-rule': 'hint' });
  });
});

describe('toJvmArgs and serverCommand', () => {
  it('accepts an array and drops empty entries', () => {
    assert.deepEqual(toJvmArgs(['-Xmx512m', ' ', '-Dx=1', 7]), ['-Xmx512m', '-Dx=1']);
  });
  it('splits a single string', () => {
    assert.deepEqual(toJvmArgs(' -Xmx512m  -Xss4m '), ['-Xmx512m', '-Xss4m']);
  });
  it('gives nothing for anything else', () => {
    assert.deepEqual(toJvmArgs(undefined), []);
    assert.deepEqual(toJvmArgs({}), []);
  });
  it('starts the bundled jar in lsp mode after the JVM arguments', () => {
    assert.deepEqual(serverCommand('/jdk/bin/java', '/ext/server/touchbase.jar', ['-Xmx256m']), {
      command: '/jdk/bin/java',
      args: ['-Xmx256m', '-jar', '/ext/server/touchbase.jar', 'lsp'],
    });
  });
});

describe('openSettingCommand', () => {
  it('opens the user settings on a local machine', () => {
    assert.deepEqual(openSettingCommand(undefined, 'touchbase.java.home'), {
      command: 'workbench.action.openSettings',
      args: ['touchbase.java.home'],
    });
  });
  it('opens the remote settings where a machine setting lives on a remote', () => {
    assert.deepEqual(openSettingCommand('ssh-remote', 'touchbase.java.home'), {
      command: 'workbench.action.openRemoteSettings',
      args: [{ query: 'touchbase.java.home' }],
    });
  });
});
