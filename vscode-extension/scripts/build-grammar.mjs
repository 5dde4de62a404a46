// Writes syntaxes/touchbase.tmLanguage.json, the TextMate grammar of the
// .client language, from the readable definition below.
//   node scripts/build-grammar.mjs          write the grammar
//   node scripts/build-grammar.mjs --check  fail when the written grammar is out of date
//
// Scopes (all end in .touchbase):
//   keyword.control.structure       project log person member plan step touch expect goal source scenario
//   keyword.other.attribute         client manager status starts launch respond within cadence due
//                                   done received role motivation speaks prefers email phone note
//                                   purpose benefit agreed confirms re ack eta reminds left away
//                                   noreply missed remind every partly confirm replaces
//   keyword.other.period            since until was (a part's period, a pause's end, a launch's past dates)
//   constant.language.status        active paused done lost (after `status`)
//   storage.modifier.person-flag    decides backup contact
//   support.type.touch-kind         letter reply message ping reminder question call meeting presentation other
//   keyword.operator.wordlike.direction  to from with
//   keyword.other.summary           summary decision action owner question next
//   constant.language.summary-kind  interim final
//   entity.name.type.KIND           a name where it is declared (KIND: project person member touch
//                                   agreement expectation step goal)
//   variable.other.KIND             a name where it is referred to
//   constant.numeric.date / .time / .date-time / .duration (h d w wd); invalid.illegal.date for 2026-02-30
//   string.quoted.double / .triple, constant.character.escape, invalid.illegal.unterminated-string
//   comment.line.double-slash, comment.block, and for `// touchbase-disable-next-line RULE [-- reason]`:
//   comment.line.double-slash.suppression, keyword.other.suppression, constant.other.rule-id
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'syntaxes', 'touchbase.tmLanguage.json');

// An identifier: a letter or `_`, then letters, digits, `_` or `-` (docs/reference.md, Lexical structure).
const ID = String.raw`[\p{L}_][\p{L}\p{M}\p{N}_\-]*`;
// Word boundaries that treat `-` and any script's letters as part of a word.
const B = String.raw`(?<![\p{L}\p{M}\p{N}_\-])`;
const E = String.raw`(?![\p{L}\p{M}\p{N}_\-])`;
const word = (...words) => `${B}(?:${words.join('|')})${E}`;
const group = (...words) => `${B}(${words.join('|')})${E}`;
const list = String.raw`${ID}(?:\s*,\s*${ID})*`;

const STRUCTURE = ['project', 'log', 'person', 'member', 'plan', 'step', 'touch', 'expect', 'goal', 'source',
  'scenario'];
const ATTRIBUTES = [
  'client', 'manager', 'status', 'starts', 'launch', 'respond', 'within', 'cadence', 'due', 'done', 'received',
  'role', 'motivation', 'speaks', 'prefers', 'email', 'phone', 'note',
  'purpose', 'benefit', 'agreed', 'confirms', 're', 'ack', 'eta', 'reminds', 'left', 'away',
  // version 2: replies, obligations, agreements
  'noreply', 'missed', 'remind', 'every', 'partly', 'confirm', 'replaces',
];
const PERIOD = ['since', 'until', 'was'];
const STATUS = ['active', 'paused', 'done', 'lost'];
const FLAGS = ['decides', 'backup', 'contact'];
const KINDS = ['letter', 'reply', 'message', 'ping', 'reminder', 'question', 'call', 'meeting', 'presentation', 'other'];
const DIRECTIONS = ['to', 'from', 'with'];
const SUMMARY = ['summary', 'decision', 'action', 'owner', 'question', 'next'];
const SUMMARY_KINDS = ['interim', 'final'];

const MONTH_DAY = String.raw`(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2\d))`;
const DATE = String.raw`\d{4}-${MONTH_DAY}`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d`;
const NUM_B = String.raw`(?<![\p{L}\p{M}\p{N}_\-:.])`;
const NUM_E = String.raw`(?![\p{L}\p{M}\p{N}_\-:.])`;

const s = (name) => `${name}.touchbase`;
const refList = (kind) => ({
  patterns: [
    { match: ID, name: s(`variable.other.${kind}`) },
    { match: ',', name: s('punctuation.separator.comma') },
  ],
});

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Touchbase',
  scopeName: 'source.touchbase',
  fileTypes: ['client'],
  patterns: [
    { include: '#comments' },
    { include: '#strings' },
    { include: '#touch-header' },
    { include: '#declarations' },
    { include: '#references' },
    { include: '#literals' },
    { include: '#keywords' },
    { include: '#punctuation' },
    { include: '#identifier' },
  ],
  repository: {
    comments: {
      patterns: [
        {
          name: s('comment.line.double-slash.suppression'),
          begin: String.raw`(//)\s*(touchbase-disable-next-line)${E}`,
          beginCaptures: {
            1: { name: s('punctuation.definition.comment') },
            2: { name: s('keyword.other.suppression') },
          },
          end: '$',
          patterns: [
            {
              match: String.raw`(--)(.*)$`,
              captures: { 1: { name: s('punctuation.separator.reason') }, 2: { name: s('comment.reason') } },
            },
            { match: String.raw`[a-z][a-z0-9]*(?:-[a-z0-9]+)*`, name: s('constant.other.rule-id') },
            { match: ',', name: s('punctuation.separator.comma') },
          ],
        },
        {
          name: s('comment.line.double-slash'),
          begin: '//',
          beginCaptures: { 0: { name: s('punctuation.definition.comment') } },
          end: '$',
        },
        {
          name: s('comment.block'),
          begin: String.raw`/\*`,
          beginCaptures: { 0: { name: s('punctuation.definition.comment.begin') } },
          end: String.raw`\*/`,
          endCaptures: { 0: { name: s('punctuation.definition.comment.end') } },
        },
      ],
    },
    strings: {
      patterns: [
        {
          name: s('string.quoted.triple'),
          begin: '"""',
          beginCaptures: { 0: { name: s('punctuation.definition.string.begin') } },
          end: '"""',
          endCaptures: { 0: { name: s('punctuation.definition.string.end') } },
        },
        {
          name: s('string.quoted.double'),
          begin: '"',
          beginCaptures: { 0: { name: s('punctuation.definition.string.begin') } },
          end: '(")|$',
          endCaptures: { 1: { name: s('punctuation.definition.string.end') } },
          patterns: [
            { match: String.raw`\\.`, name: s('constant.character.escape') },
            // No closing quote before the end of the line: an unterminated string.
            { match: String.raw`(?:[^"\\]|\\.)+$`, name: s('invalid.illegal.unterminated-string') },
          ],
        },
      ],
    },
    // touch [ID] DATE [TIME] KIND DIRECTION PERSON {, PERSON} [re TOUCH] [STRING] [{ ... }]
    'touch-header': {
      name: s('meta.touch.header'),
      begin: String.raw`${B}(touch)${E}(?:\s+(${ID})(?=\s+\d))?`,
      beginCaptures: {
        1: { name: s('keyword.control.structure') },
        2: { name: s('entity.name.type.touch') },
      },
      end: String.raw`(?=[{}]|//|/\*)|$`,
      patterns: [
        { include: '#strings' },
        { include: '#literals' },
        { match: group(...KINDS), name: s('support.type.touch-kind') },
        {
          match: String.raw`${group(...DIRECTIONS)}(?:\s+(${list}))?`,
          captures: {
            1: { name: s('keyword.operator.wordlike.direction') },
            2: refList('person'),
          },
        },
        {
          match: String.raw`${group('re')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.other.attribute') }, 2: { name: s('variable.other.touch') } },
        },
        { include: '#punctuation' },
        { include: '#identifier' },
      ],
    },
    declarations: {
      patterns: [
        {
          match: String.raw`${group('project')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.control.structure') }, 2: { name: s('entity.name.type.project') } },
        },
        {
          match: String.raw`${group('person')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.control.structure') }, 2: { name: s('entity.name.type.person') } },
        },
        {
          match: String.raw`${group('member')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.control.structure') }, 2: { name: s('entity.name.type.member') } },
        },
        {
          match: String.raw`${group('step')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.control.structure') }, 2: { name: s('entity.name.type.step') } },
        },
        {
          match: String.raw`${group('goal')}\s+(${ID})(?=\s*")`,
          captures: { 1: { name: s('keyword.control.structure') }, 2: { name: s('entity.name.type.goal') } },
        },
        {
          match: String.raw`${group('expect')}\s+(${ID})(?:\s+${group('from')}\s+(${ID}))?`,
          captures: {
            1: { name: s('keyword.control.structure') },
            2: { name: s('entity.name.type.expectation') },
            3: { name: s('keyword.operator.wordlike.direction') },
            4: { name: s('variable.other.person') },
          },
        },
        {
          match: String.raw`${group('agreed')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.other.attribute') }, 2: { name: s('entity.name.type.agreement') } },
        },
        {
          // `action ID "…"`: an action's id shares the namespace of expectations.
          match: String.raw`${group('action')}\s+(${ID})(?=\s*")`,
          captures: { 1: { name: s('keyword.other.summary') }, 2: { name: s('entity.name.type.expectation') } },
        },
      ],
    },
    references: {
      patterns: [
        {
          match: String.raw`${group('log')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.control.structure') }, 2: { name: s('variable.other.project') } },
        },
        {
          match: String.raw`${group('confirms')}\s+(${list})`,
          captures: { 1: { name: s('keyword.other.attribute') }, 2: refList('agreement') },
        },
        {
          match: String.raw`${group('replaces')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.other.attribute') }, 2: { name: s('variable.other.agreement') } },
        },
        {
          match: String.raw`${group('reminds')}\s+(${list})`,
          captures: { 1: { name: s('keyword.other.attribute') }, 2: refList('expectation') },
        },
        {
          match: String.raw`${group('re')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.other.attribute') }, 2: { name: s('variable.other.touch') } },
        },
        {
          match: String.raw`${group('owner')}\s+(${ID})`,
          captures: { 1: { name: s('keyword.other.summary') }, 2: { name: s('variable.other.person') } },
        },
        {
          match: String.raw`${group('status')}\s+${group(...STATUS)}`,
          captures: { 1: { name: s('keyword.other.attribute') }, 2: { name: s('constant.language.status') } },
        },
        {
          match: String.raw`${group('prefers')}\s+${group(...KINDS)}`,
          captures: { 1: { name: s('keyword.other.attribute') }, 2: { name: s('support.type.touch-kind') } },
        },
        {
          match: String.raw`${group('summary')}(?:\s+${group(...SUMMARY_KINDS)})?`,
          captures: { 1: { name: s('keyword.other.summary') }, 2: { name: s('constant.language.summary-kind') } },
        },
        // `question "..."` inside a summary; a bare `question` is a kind of touch.
        { match: String.raw`${word('question')}(?=\s*")`, name: s('keyword.other.summary') },
      ],
    },
    literals: {
      patterns: [
        {
          match: String.raw`${NUM_B}(${DATE})\s+(${TIME})${NUM_E}`,
          name: s('constant.numeric.date-time'),
          captures: { 1: { name: s('constant.numeric.date') }, 2: { name: s('constant.numeric.time') } },
        },
        { match: String.raw`${NUM_B}${DATE}${NUM_E}`, name: s('constant.numeric.date') },
        { match: String.raw`${NUM_B}\d{4}-\d{2}-\d{2}${NUM_E}`, name: s('invalid.illegal.date') },
        {
          match: String.raw`${NUM_B}(\d+)(wd|[hdw])${NUM_E}`,
          name: s('constant.numeric.duration'),
          captures: { 2: { name: s('keyword.other.unit') } },
        },
        { match: String.raw`${NUM_B}${TIME}${NUM_E}`, name: s('constant.numeric.time') },
        // Anything else that starts with a digit is one malformed token, as the lexer sees it.
        { match: String.raw`\d[\p{L}\p{N}_:.\-]*`, name: s('invalid.illegal.literal') },
      ],
    },
    keywords: {
      patterns: [
        { match: group(...STRUCTURE), name: s('keyword.control.structure') },
        { match: group(...FLAGS), name: s('storage.modifier.person-flag') },
        { match: group(...SUMMARY_KINDS), name: s('constant.language.summary-kind') },
        { match: group(...SUMMARY.filter((w) => w !== 'question')), name: s('keyword.other.summary') },
        { match: group(...KINDS), name: s('support.type.touch-kind') },
        { match: group(...DIRECTIONS), name: s('keyword.operator.wordlike.direction') },
        { match: group(...STATUS.filter((w) => w !== 'done')), name: s('constant.language.status') },
        { match: group(...ATTRIBUTES), name: s('keyword.other.attribute') },
        { match: group(...PERIOD), name: s('keyword.other.period') },
      ],
    },
    punctuation: {
      patterns: [
        { match: '\\{', name: s('punctuation.section.block.begin') },
        { match: '\\}', name: s('punctuation.section.block.end') },
        { match: ',', name: s('punctuation.separator.comma') },
      ],
    },
    identifier: {
      patterns: [{ match: ID, name: s('variable.other') }],
    },
  },
};

const text = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing: out of date
  }
  if (current !== text) {
    console.error('syntaxes/touchbase.tmLanguage.json is out of date: run `npm run grammar` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
}
