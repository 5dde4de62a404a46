/*
 * Parser of the .client language (docs/reference.md, from Files and the workspace to Expectations).
 *
 * The grammar accepts a little more than the language allows where that gives
 * a better message than a syntax error: person flags outside a person and
 * project attributes inside a `log` parse here and are reported as
 * `invalid-use` by the model builder.
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
    | STATUS projectStatus                           # statusItem
    | STARTS date                                    # startsItem
    | LAUNCH date                                    # launchItem
    | RESPOND WITHIN duration                        # respondItem
    | CADENCE duration                               # cadenceItem
    | goal                                           # goalItem
    | PERSON name=ident title=string? personBody?    # personItem
    | SOURCE string                                  # sourceItem
    | PLAN LBRACE step* RBRACE                        # planItem
    | SCENARIO string                                # scenarioItem
    | touch                                          # touchItem
    | EXPECT name=ident FROM person=ident title=string DUE due=date (RECEIVED received=date)?  # expectItem
    | personFlag                                     # strayPersonFlag
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
    | PREFERS touchKind          # prefersAttribute
    | EMAIL string               # emailAttribute
    | PHONE string               # phoneAttribute
    | NOTE string                # personNoteAttribute
    ;

personFlag
    : DECIDES | BACKUP | CONTACT
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
    | AGREED name=ident string                         # agreedAttribute
    | CONFIRMS identList                               # confirmsAttribute
    | RE ident                                         # reAttribute
    | ACK                                              # ackAttribute
    | ETA date                                         # etaAttribute
    | REMINDS identList                                # remindsAttribute
    | NOTE string                                      # touchNoteAttribute
    | SUMMARY summaryKind? LBRACE summaryItem* RBRACE   # summaryAttribute
    ;

summaryKind
    : INTERIM | FINAL
    ;

summaryItem
    : DECISION string                                  # decisionItem
    | ACTION string OWNER owner=ident (DUE due=date)?  # actionItem
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
    | TOUCH | LETTER | REPLY | MESSAGE | PING | REMINDER | QUESTION | CALL
    | MEETING | PRESENTATION | OTHER | TO | FROM | WITH | PURPOSE | BENEFIT
    | AGREED | CONFIRMS | RE | ACK | ETA | REMINDS
    | SUMMARY | INTERIM | FINAL | DECISION | ACTION | OWNER | NEXT
    ;
