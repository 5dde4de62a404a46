/*
 * Parser of the .client language (docs/reference.md, from Files and the workspace to Expectations).
 *
 * The grammar accepts a little more than the language allows where that gives
 * a better message than a syntax error: person flags outside a person and
 * project attributes inside a `log` parse here and are reported as
 * `invalid-use` by the model builder; so do the items of a person inside a
 * `member`, which has only a role, an email and a phone.
 */
parser grammar ClientParser;

options { tokenVocab = ClientLexer; }

file
    : block* EOF
    ;

block
    : PROJECT name=ident title=string? LBRACE projectItem* RBRACE   # projectBlock
    | LOG name=ident LBRACE projectItem* RBRACE                      # logBlock
    ;

projectItem
    : CLIENT string                                  # clientItem
    | MANAGER string                                 # managerItem
    | STATUS projectStatus (UNTIL until=date)?       # statusItem
    | STARTS date                                    # startsItem
    | LAUNCH launch=date (WAS was+=date (COMMA was+=date)*)?   # launchItem
    | RESPOND WITHIN duration                        # respondItem
    | CADENCE duration                               # cadenceItem
    | goal                                           # goalItem
    | PERSON name=ident title=string? personBody?    # personItem
    | MEMBER name=ident title=string? personBody?    # memberItem
    | SOURCE string                                  # sourceItem
    | PLAN LBRACE step* RBRACE                        # planItem
    | SCENARIO string                                # scenarioItem
    | touch                                          # touchItem
    | EXPECT name=ident FROM person=ident title=string DUE due=date receipt*  # expectItem
    | REMIND EVERY duration                          # remindItem
    | CONFIRM WITHIN duration                        # confirmItem
    | personFlag                                     # strayPersonFlag
    ;

// received DATE [partly STRING]: the earliest one without `partly` closes the expectation
receipt
    : RECEIVED date (PARTLY string)?
    ;

projectStatus
    : ACTIVE | PAUSED | DONE | LOST
    ;

goal
    : GOAL name=ident? string
    ;

personBody
    : LBRACE personAttribute* RBRACE
    ;

personAttribute
    : ROLE string                # roleAttribute
    | personFlag                 # flagAttribute
    | goal                       # personGoalAttribute
    | MOTIVATION string          # motivationAttribute
    | SPEAKS string              # speaksAttribute
    | PREFERS touchKind string?  # prefersAttribute
    | EMAIL string               # emailAttribute
    | PHONE string               # phoneAttribute
    | NOTE string                # personNoteAttribute
    | LEFT date string?          # leftAttribute
    | AWAY from=date UNTIL until=date string?   # awayAttribute
    ;

// A part, for a period: `decides since 2026-10-12`, `contact until 2026-10-20`.
personFlag
    : (DECIDES | BACKUP | CONTACT) period?
    ;

period
    : SINCE since=date (UNTIL until=date)?
    | UNTIL until=date
    ;

step
    : STEP name=ident title=string DUE due=date (DONE doneDate=date?)?
    ;

touch
    : TOUCH name=ident? when=dateTime touchKind direction people=identList (RE replyTo=ident)? title=string? touchBody?
    ;

touchKind
    : LETTER | REPLY | MESSAGE | PING | REMINDER | QUESTION
    | CALL | MEETING | PRESENTATION | OTHER
    ;

direction
    : TO | FROM | WITH
    ;

touchBody
    : LBRACE touchAttribute* RBRACE
    ;

touchAttribute
    : PURPOSE string                                   # purposeAttribute
    | BENEFIT string                                   # benefitAttribute
    | AGREED name=ident string (REPLACES replaced=ident)?  # agreedAttribute
    | CONFIRMS identList                               # confirmsAttribute
    | RE ident                                         # reAttribute
    | ACK                                              # ackAttribute
    | ETA date                                         # etaAttribute
    | REMINDS identList                                # remindsAttribute
    | NOTE string                                      # touchNoteAttribute
    | SUMMARY summaryKind? LBRACE summaryItem* RBRACE   # summaryAttribute
    | NOREPLY string?                                  # noreplyAttribute
    | MISSED                                           # missedAttribute
    ;

summaryKind
    : INTERIM | FINAL
    ;

summaryItem
    : DECISION string                                  # decisionItem
    | ACTION name=ident? string OWNER owner=ident (DUE due=date)? (DONE doneDate=date?)?  # actionItem
    | QUESTION string                                  # questionItem
    | NEXT dateTime                                    # nextItem
    ;

identList
    : ident (COMMA ident)*
    ;

dateTime
    : DATE TIME?
    ;

date
    : DATE
    ;

duration
    : DURATION
    ;

string
    : STRING | TRIPLE_STRING
    ;

// Keywords are English, and any of them may name a person, a touch or a step.
ident
    : IDENT
    | PROJECT | LOG | CLIENT | MANAGER | STATUS | ACTIVE | PAUSED | DONE | LOST
    | STARTS | LAUNCH | RESPOND | WITHIN | CADENCE | GOAL | SOURCE | PLAN | STEP
    | DUE | SCENARIO | EXPECT | RECEIVED
    | PERSON | ROLE | DECIDES | BACKUP | CONTACT | MOTIVATION | SPEAKS | PREFERS
    | EMAIL | PHONE | NOTE
    | MEMBER | LEFT | AWAY | SINCE | UNTIL | WAS
    | TOUCH | LETTER | REPLY | MESSAGE | PING | REMINDER | QUESTION | CALL
    | MEETING | PRESENTATION | OTHER | TO | FROM | WITH | PURPOSE | BENEFIT
    | AGREED | CONFIRMS | RE | ACK | ETA | REMINDS
    | SUMMARY | INTERIM | FINAL | DECISION | ACTION | OWNER | NEXT
    // version 2: replies, obligations, agreements
    | NOREPLY | MISSED | REMIND | EVERY | PARTLY | CONFIRM | REPLACES
    ;
