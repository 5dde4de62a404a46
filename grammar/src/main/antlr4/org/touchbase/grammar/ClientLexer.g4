/*
 * Lexer of the .client language (docs/reference.md, Lexical structure).
 *
 * Whitespace and comments stay in the token stream on their own channels, so
 * that tools can find the caret's token, keep comments when formatting and
 * read suppression comments.
 */
lexer grammar ClientLexer;

channels { COMMENTS }

// Structure
PROJECT      : 'project';
LOG          : 'log';
CLIENT       : 'client';
MANAGER      : 'manager';
STATUS       : 'status';
ACTIVE       : 'active';
PAUSED       : 'paused';
DONE         : 'done';
LOST         : 'lost';
STARTS       : 'starts';
LAUNCH       : 'launch';
RESPOND      : 'respond';
WITHIN       : 'within';
CADENCE      : 'cadence';
GOAL         : 'goal';
SOURCE       : 'source';
PLAN         : 'plan';
STEP         : 'step';
DUE          : 'due';
SCENARIO     : 'scenario';
EXPECT       : 'expect';
RECEIVED     : 'received';

// People
PERSON       : 'person';
ROLE         : 'role';
DECIDES      : 'decides';
BACKUP       : 'backup';
CONTACT      : 'contact';
MOTIVATION   : 'motivation';
SPEAKS       : 'speaks';
PREFERS      : 'prefers';
EMAIL        : 'email';
PHONE        : 'phone';
NOTE         : 'note';

// Version 2: people, working days, pauses
MEMBER       : 'member';
LEFT         : 'left';
AWAY         : 'away';
SINCE        : 'since';
UNTIL        : 'until';
WAS          : 'was';

// Touches
TOUCH        : 'touch';
LETTER       : 'letter';
REPLY        : 'reply';
MESSAGE      : 'message';
PING         : 'ping';
REMINDER     : 'reminder';
QUESTION     : 'question';
CALL         : 'call';
MEETING      : 'meeting';
PRESENTATION : 'presentation';
OTHER        : 'other';
TO           : 'to';
FROM         : 'from';
WITH         : 'with';
PURPOSE      : 'purpose';
BENEFIT      : 'benefit';
AGREED       : 'agreed';
CONFIRMS     : 'confirms';
RE           : 're';
ACK          : 'ack';
ETA          : 'eta';
REMINDS      : 'reminds';

// Summaries
SUMMARY      : 'summary';
INTERIM      : 'interim';
FINAL        : 'final';
DECISION     : 'decision';
ACTION       : 'action';
OWNER        : 'owner';
NEXT         : 'next';

// Version 2: replies, obligations, agreements
NOREPLY      : 'noreply';
MISSED       : 'missed';
REMIND       : 'remind';
EVERY        : 'every';
PARTLY       : 'partly';
CONFIRM      : 'confirm';
REPLACES     : 'replaces';

LBRACE       : '{';
RBRACE       : '}';
COMMA        : ',';

DATE         : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
TIME         : DIGIT DIGIT ':' DIGIT DIGIT;
// h, d, w: elapsed time; wd: working days.
DURATION     : DIGIT+ ('h' | 'd' | 'w' | 'wd');
// Anything else that starts with a digit (2026-9-5, 25h30, 12) is one token,
// so that the parser reports it once as "not a date / duration".
MALFORMED_LITERAL : DIGIT [\p{L}\p{N}_:.\-]*;

// A string that is not closed is still a string token; the parser front end
// reports it as unterminated and the rest of the file parses normally.
TRIPLE_STRING : '"""' .*? ('"""' | EOF);
STRING        : '"' (ESCAPE | ~["\\\r\n])* ('"' | '\\')?;

IDENT        : [\p{L}_] [\p{L}\p{M}\p{N}_-]*;

BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(COMMENTS);
LINE_COMMENT  : '//' ~[\r\n]*         -> channel(COMMENTS);
WS            : [ \t\r\n\f\u00A0\uFEFF]+ -> channel(HIDDEN);

// Any other character: one token, one clear error, and parsing goes on.
ERROR_CHAR    : .;

fragment DIGIT  : [0-9];
fragment ESCAPE : '\\' ~[\r\n];
